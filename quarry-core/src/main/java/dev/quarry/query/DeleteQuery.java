package dev.quarry.query;

import java.util.List;

/**
 * The tree of a DELETE.
 *
 * @param table     the table
 * @param where     the filter, or null for every row
 * @param returning what RETURNING yields, empty for none
 */
public record DeleteQuery(Table<?> table, Condition where, List<Selection<?>> returning) implements Query {
    public DeleteQuery {
        returning = List.copyOf(returning);
    }
}
