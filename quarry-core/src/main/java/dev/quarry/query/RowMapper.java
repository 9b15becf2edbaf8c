package dev.quarry.query;

/**
 * Turns a result {@link Row} into a value. Generated tables implement it without reflection.
 *
 * @param <R> what a row becomes
 */
@FunctionalInterface
public interface RowMapper<R> {
    /** Maps the current row. */
    R map(Row row);
}
