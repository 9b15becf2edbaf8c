package dev.quarry.query;

/**
 * {@code value IS [NOT] NULL}.
 *
 * @param value   the tested value
 * @param negated whether IS NOT NULL
 */
public record IsNull(Expression<?> value, boolean negated) implements Condition {
}
