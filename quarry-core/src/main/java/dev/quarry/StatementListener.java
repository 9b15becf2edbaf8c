package dev.quarry;

/**
 * Told of each statement the engine ran, whether it succeeded or failed: queries, inserts, updates, deletes, DDL,
 * and the transaction-control statements the engine sends as SQL (SQLite's {@code BEGIN} and {@code COMMIT},
 * savepoints); a JDBC batch counts once, however many rows it holds. For counting statements in tests ("this load
 * runs 3 queries, whatever the row count"), metrics and tracing.
 *
 * <p>Called on the thread that ran the statement, after Quarry has given back the connection and any lock: for a
 * statement outside a transaction, once it has run; for statements in a transaction (or a stream), when the
 * transaction (or stream) has ended, in the order they ran. So a listener never delays another writer. It must be
 * thread-safe and quick, and must not throw: what it throws goes to the {@link CallbackErrorHandler}, never to the
 * caller whose statement ran.
 */
@FunctionalInterface
public interface StatementListener {

    /** Listens to nothing. */
    StatementListener NONE = event -> { };

    /** Called with one statement that ran. */
    void onStatement(StatementEvent event);
}
