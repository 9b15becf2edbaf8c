package dev.quarry.query;

/**
 * {@code NOT condition}.
 *
 * @param condition the negated condition
 */
public record Not(Condition condition) implements Condition {
}
