package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * A subquery returning one value, used as an expression.
 *
 * @param query the subquery, selecting one column
 * @param type  its type
 * @param <T>   the Java type of the value
 */
public record ScalarSubquery<T>(SelectQuery query, DataType<T> type) implements Expression<T> {
}
