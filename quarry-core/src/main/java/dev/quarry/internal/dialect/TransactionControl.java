package dev.quarry.internal.dialect;

import dev.quarry.TransactionOptions;
import java.sql.SQLException;

/**
 * How one database begins and ends transactions. The dialect owns it, so behaviour follows the database, whatever
 * gives the connections (Quarry's SQLite engine, a pool, a user's {@link javax.sql.DataSource}). Stateless and
 * thread-safe; every call works on the {@link TransactionSession} it is given.
 */
public interface TransactionControl {

    /** Begins a transaction with {@code options} (read-only, isolation) on the session's connection. */
    void begin(TransactionSession session, TransactionOptions options) throws SQLException;

    /** Commits the session's transaction. */
    void commit(TransactionSession session) throws SQLException;

    /** Rolls the session's transaction back. */
    void rollback(TransactionSession session) throws SQLException;

    /**
     * Whether a single write outside a transaction still runs in an explicit one (SQLite: {@code BEGIN IMMEDIATE},
     * so the write lock is taken up front and the busy timeout applies, https://sqlite.org/lang_transaction.html).
     */
    boolean wrapsWrites();
}
