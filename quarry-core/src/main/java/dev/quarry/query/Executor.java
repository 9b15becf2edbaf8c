package dev.quarry.query;

import java.util.List;
import java.util.stream.Stream;

/**
 * What runs a {@link Query}: implemented by the engine, one per database handle or transaction, and handed to the
 * builders so {@code select.fetch()} can run. The query layer only declares it; it knows nothing of how.
 */
public interface Executor {

    /**
     * Runs {@code query} and maps up to {@code maxRows} rows ({@code 0} for all). Reading stops at
     * {@code maxRows}: {@code fetchOne} passes 2 to tell one row from many without reading the rest.
     */
    <R> List<R> fetch(Query query, RowMapper<R> mapper, int maxRows);

    /**
     * Runs {@code query} and streams its rows without holding them all in memory. The stream holds a connection and
     * a cursor until it is closed: use it in try-with-resources.
     */
    <R> Stream<R> stream(Query query, RowMapper<R> mapper);

    /** Runs a statement that returns no rows; the number of rows it changed. */
    long execute(Query query);

    /**
     * Renders {@code query} once for repeated runs; its {@link Placeholder}s take values per run, in the order
     * {@link Prepared#placeholders()} gives.
     */
    <R> Prepared<R> prepare(Query query, RowMapper<R> mapper);

    /**
     * The SQL {@code query} is sent as on this executor's database, for an error to show (a {@code fetchOne()} that
     * found no row). Values stay {@code ?}. Null when this executor cannot say.
     *
     * @param query the statement
     * @return its SQL text, or null
     */
    default String sql(Query query) {
        return null;
    }
}
