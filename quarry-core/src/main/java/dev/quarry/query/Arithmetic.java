package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code left op right} on numbers. A result of type {@code long}, {@code int}, decimal or {@code double} is one of
 * the nested subclasses, which are also the {@link LongExpression} (and so on) of that type. Immutable; equal when
 * operator, operands and type are.
 *
 * @param <T> the Java type of the result
 */
public sealed class Arithmetic<T> implements Expression<T>
        permits Arithmetic.OfLong, Arithmetic.OfInt, Arithmetic.OfDecimal, Arithmetic.OfDouble {
    private final ArithmeticOperator operator;
    private final Expression<?> left;
    private final Expression<?> right;
    private final DataType<T> type;

    Arithmetic(ArithmeticOperator operator, Expression<?> left, Expression<?> right, DataType<T> type) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** {@code left op right}, typed like {@code left}. */
    static <T> Arithmetic<T> of(ArithmeticOperator op, Expression<T> left, Expression<?> right) {
        if (!left.type().isNumeric()) {
            throw new IllegalArgumentException("arithmetic needs a number, not " + left.type() + ": " + left);
        }
        return of(op, left, right, left.type());
    }

    /** {@code left op right} with the result type {@code type}, of the subclass of its kind. */
    @SuppressWarnings("unchecked")
    static <T> Arithmetic<T> of(ArithmeticOperator op, Expression<?> left, Expression<?> right, DataType<T> type) {
        Class<T> java = type.javaType();
        return (Arithmetic<T>) switch (type.kind()) {
            case LONG -> java == Long.class ? new OfLong(op, left, right) : new Arithmetic<>(op, left, right, type);
            case INT -> java == Integer.class ? new OfInt(op, left, right) : new Arithmetic<>(op, left, right, type);
            case DECIMAL -> java == BigDecimal.class
                    ? new OfDecimal(op, left, right, (DataType<BigDecimal>) type)
                    : new Arithmetic<>(op, left, right, type);
            case DOUBLE -> java == Double.class ? new OfDouble(op, left, right) : new Arithmetic<>(op, left, right, type);
            default -> new Arithmetic<>(op, left, right, type);
        };
    }

    /** The operator. */
    public final ArithmeticOperator operator() {
        return operator;
    }

    /** The left operand. */
    public final Expression<?> left() {
        return left;
    }

    /** The right operand. */
    public final Expression<?> right() {
        return right;
    }

    /** The result type. */
    @Override
    public final DataType<T> type() {
        return type;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Arithmetic<?> a && a.operator == operator && a.left.equals(left)
                && a.right.equals(right) && a.type.equals(type);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(operator, left, right, type);
    }

    @Override
    public final String toString() {
        return "Arithmetic[operator=" + operator + ", left=" + left + ", right=" + right + ", type=" + type + "]";
    }

    /** Arithmetic with a {@code long} result. */
    public static final class OfLong extends Arithmetic<Long> implements LongExpression {
        OfLong(ArithmeticOperator op, Expression<?> left, Expression<?> right) {
            super(op, left, right, DataType.LONG);
        }
    }

    /** Arithmetic with an {@code int} result. */
    public static final class OfInt extends Arithmetic<Integer> implements IntExpression {
        OfInt(ArithmeticOperator op, Expression<?> left, Expression<?> right) {
            super(op, left, right, DataType.INT);
        }
    }

    /** Arithmetic with a decimal result. */
    public static final class OfDecimal extends Arithmetic<BigDecimal> implements DecimalExpression {
        OfDecimal(ArithmeticOperator op, Expression<?> left, Expression<?> right, DataType<BigDecimal> type) {
            super(op, left, right, type);
        }
    }

    /** Arithmetic with a {@code double} result. */
    public static final class OfDouble extends Arithmetic<Double> implements DoubleExpression {
        OfDouble(ArithmeticOperator op, Expression<?> left, Expression<?> right) {
            super(op, left, right, DataType.DOUBLE);
        }
    }
}
