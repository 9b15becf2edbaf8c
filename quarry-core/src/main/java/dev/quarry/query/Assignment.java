package dev.quarry.query;

/**
 * {@code column = value} in an UPDATE or an upsert's update part.
 *
 * @param column the assigned column
 * @param value  the new value
 */
public record Assignment(Column<?> column, Expression<?> value) {
}
