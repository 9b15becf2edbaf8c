package dev.quarry.query;

import java.util.List;

/**
 * The tree of an UPDATE.
 *
 * @param table       the updated table
 * @param assignments the SET list
 * @param where       the filter, or null for every row
 * @param returning   what RETURNING yields, empty for none
 */
public record UpdateQuery(Table<?> table, List<Assignment> assignments, Condition where,
                          List<Selection<?>> returning) implements Query {
    public UpdateQuery {
        assignments = List.copyOf(assignments);
        returning = List.copyOf(returning);
        if (assignments.isEmpty()) {
            throw new IllegalArgumentException("an update of '" + table.name() + "' sets no column");
        }
    }
}
