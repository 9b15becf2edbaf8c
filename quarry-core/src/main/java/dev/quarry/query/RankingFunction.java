package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * {@code row_number()}, {@code rank()} or {@code dense_rank()}, waiting for its window.
 *
 * @param kind which ranking function
 */
public record RankingFunction(WindowFunction.Kind kind) {
    /** The function over {@code window}; its value is a {@code long} starting at 1. */
    public WindowFunction<Long> over(Window window) {
        return new WindowFunction<>(kind, null, window, DataType.LONG);
    }
}
