package dev.quarry;

/**
 * Told the SQL text of each statement the engine ran successfully: queries, inserts, updates, deletes, DDL, and the
 * transaction-control statements the engine sends as SQL (SQLite's {@code BEGIN} and {@code COMMIT}, savepoints);
 * a JDBC batch counts once, however many rows it holds. Meant for counting statements in tests ("this load runs 3
 * queries, whatever the row count") and for simple metrics; the SQL log ({@code dev.quarry.sql} at DEBUG) is the
 * place for timings and values.
 *
 * <p>Called on the thread that ran the statement, after it succeeded and before its result is returned, so it must
 * be thread-safe and quick, and must not throw: an exception it throws reaches the caller of the statement after
 * the statement ran (a write then commits if it ran outside a transaction).
 */
@FunctionalInterface
public interface StatementListener {

    /** Listens to nothing. */
    StatementListener NONE = sql -> { };

    /** Called with the SQL text of a statement that ran (placeholders as {@code ?}, values never included). */
    void onStatement(String sql);
}
