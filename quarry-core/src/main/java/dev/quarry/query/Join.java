package dev.quarry.query;

/**
 * One {@code [LEFT] JOIN item ON condition}.
 *
 * @param type      inner or left
 * @param item      the joined table
 * @param condition the join condition
 */
public record Join(JoinType type, FromItem item, Condition condition) {
}
