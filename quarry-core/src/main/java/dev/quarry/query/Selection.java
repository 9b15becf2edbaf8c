package dev.quarry.query;

/**
 * Something a select can return: a single {@link Expression} (one column of the result) or a whole {@link Table}
 * (one record, read from its columns).
 *
 * @param <T> the Java type it yields per row
 */
public sealed interface Selection<T> permits Expression, Table {

    /** How many result columns it takes. */
    int width();

    /** Reads its value from {@code row}, starting at result column {@code offset} (0-based). */
    T read(Row row, int offset);
}
