package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.Objects;

/**
 * {@code CAST(expression AS type)}, for mixing types javac keeps apart, such as a decimal price times an integer
 * quantity: {@code LINE.unitPrice.times(cast(LINE.quantity, LINE.unitPrice.type()))}. Only the portable targets
 * below are allowed: numbers and text.
 *
 * @param expression the converted expression
 * @param type       the target type: SHORT, INT, LONG, DOUBLE, DECIMAL or STRING
 * @param <T>        the Java type of the result
 */
public record Cast<T>(Expression<?> expression, DataType<T> type) implements Expression<T> {
    public Cast {
        Objects.requireNonNull(expression, "expression");
        switch (type.kind()) {
            case SHORT, INT, LONG, DOUBLE, DECIMAL, STRING -> {
            }
            default -> throw new IllegalArgumentException("Quarry casts only to SHORT, INT, LONG, DOUBLE, DECIMAL "
                    + "or STRING, the same way on every database; not to " + type);
        }
    }
}
