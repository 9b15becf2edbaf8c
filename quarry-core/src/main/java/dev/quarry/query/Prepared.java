package dev.quarry.query;

import java.util.List;
import java.util.Optional;

/**
 * A query rendered once, run many times with new values for its {@link Placeholder}s: the fast path, no SQL text
 * is built per run. Values are given in the order of {@link #placeholders()} (the order they appear in the SQL).
 * Thread-safe: each run takes its own connection or uses the transaction it was prepared in.
 *
 * @param <R> what a row becomes
 */
public interface Prepared<R> {

    /** The placeholders, in the order their values are given. */
    List<Placeholder<?>> placeholders();

    /** The rendered SQL. */
    String sql();

    /** All rows. */
    List<R> fetch(Object... values);

    /** The one row; {@link dev.quarry.error.NoRowException} or {@link dev.quarry.error.TooManyRowsException}. */
    R fetchOne(Object... values);

    /** The row if there is one; {@link dev.quarry.error.TooManyRowsException} if several. */
    Optional<R> fetchOptional(Object... values);

    /** Runs a statement that returns no rows; the count of changed rows. */
    long execute(Object... values);

    /**
     * Runs the statement once per element of {@code rows} (each the placeholder values of one run, in
     * {@link #placeholders()} order) as JDBC batches of up to 1,000 runs, all in one transaction: the current one,
     * or one begun for the call, so that a failing run leaves nothing of the batch. Each row is checked as
     * {@link #execute} checks its values before anything runs.
     *
     * @return the changed rows over all runs; a run whose count the driver does not report
     *         ({@link java.sql.Statement#SUCCESS_NO_INFO}) counts as one
     * @throws dev.quarry.error.MisuseException if {@code rows} is empty or a row does not fit the placeholders
     */
    long executeBatch(List<Object[]> rows);
}
