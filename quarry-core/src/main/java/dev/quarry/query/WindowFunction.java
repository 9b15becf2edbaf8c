package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.Objects;

/**
 * A window function: a ranking function or an aggregate computed {@code OVER (...)}.
 *
 * @param kind      which function
 * @param aggregate the aggregate when {@code kind} is {@link Kind#AGGREGATE}, else null
 * @param window    the window
 * @param type      the result type
 * @param <T>       the Java type of the result
 */
public record WindowFunction<T>(Kind kind, Aggregate<T> aggregate, Window window, DataType<T> type)
        implements Expression<T> {

    /** The window function kinds. */
    public enum Kind { ROW_NUMBER, RANK, DENSE_RANK, AGGREGATE }

    public WindowFunction {
        Objects.requireNonNull(window, "window: call over(...)");
        if ((kind == Kind.AGGREGATE) != (aggregate != null)) {
            throw new IllegalArgumentException("an aggregate window function needs its aggregate, others none");
        }
    }
}
