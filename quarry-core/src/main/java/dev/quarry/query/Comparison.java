package dev.quarry.query;

/**
 * {@code left op right}.
 *
 * @param operator the operator
 * @param left     the left side
 * @param right    the right side
 */
public record Comparison(CompareOperator operator, Expression<?> left, Expression<?> right) implements Condition {
}
