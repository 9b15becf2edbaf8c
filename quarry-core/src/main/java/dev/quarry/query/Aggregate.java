package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * An aggregate: {@code count(*)}, {@code count(x)}, {@code sum(x)}... Usable in a select list, in HAVING and, with
 * {@link #over(Window)}, as a window function.
 *
 * @param function the aggregate
 * @param argument its argument, or null for {@code count(*)}
 * @param distinct whether only distinct values count
 * @param type     the result type
 * @param <T>      the Java type of the result
 */
public record Aggregate<T>(AggregateFunction function, Expression<?> argument, boolean distinct, DataType<T> type)
        implements Expression<T> {

    /** This aggregate computed over a window instead of a group. */
    public WindowFunction<T> over(Window window) {
        return new WindowFunction<>(WindowFunction.Kind.AGGREGATE, this, window, type);
    }
}
