package dev.quarry.query;

import java.util.Arrays;
import java.util.List;

/**
 * The window of a window function: {@code PARTITION BY ... ORDER BY ...}.
 *
 * @param partitionBy the partitioning expressions
 * @param orderBy     the ordering within a partition
 */
public record Window(List<Expression<?>> partitionBy, List<SortField<?>> orderBy) {
    public Window {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
    }

    /** The whole result as one window. */
    public static Window all() {
        return new Window(List.of(), List.of());
    }

    /** A window partitioned by {@code expressions}. */
    public static Window partitionBy(Expression<?>... expressions) {
        return new Window(Arrays.asList(expressions), List.of());
    }

    /** A single-partition window ordered by {@code fields}. */
    public static Window orderBy(SortField<?>... fields) {
        return new Window(List.of(), Arrays.asList(fields));
    }

    /** This window, ordered by {@code fields}. */
    public Window thenOrderBy(SortField<?>... fields) {
        return new Window(partitionBy, Arrays.asList(fields));
    }
}
