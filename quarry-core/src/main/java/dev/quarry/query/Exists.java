package dev.quarry.query;

/**
 * {@code [NOT] EXISTS (subquery)}.
 *
 * @param subquery the subquery
 * @param negated  whether NOT
 */
public record Exists(SelectQuery subquery, boolean negated) implements Condition {
}
