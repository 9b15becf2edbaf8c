package dev.quarry.query;

/**
 * {@code value [NOT] BETWEEN low AND high}, both ends included.
 *
 * @param value   the tested value
 * @param low     the lower end
 * @param high    the upper end
 * @param negated whether NOT
 */
public record Between(Expression<?> value, Expression<?> low, Expression<?> high, boolean negated)
        implements Condition {
}
