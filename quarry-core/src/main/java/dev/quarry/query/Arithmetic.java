package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * {@code left op right} on numbers.
 *
 * @param operator the operator
 * @param left     the left operand
 * @param right    the right operand
 * @param type     the result type (the left operand's)
 * @param <T>      the Java type of the result
 */
public record Arithmetic<T>(ArithmeticOperator operator, Expression<?> left, Expression<?> right, DataType<T> type)
        implements Expression<T> {

    static <T> Arithmetic<T> of(ArithmeticOperator op, Expression<T> left, Expression<?> right) {
        if (!left.type().isNumeric()) {
            throw new IllegalArgumentException("arithmetic needs a number, not " + left.type() + ": " + left);
        }
        return new Arithmetic<>(op, left, right, left.type());
    }
}
