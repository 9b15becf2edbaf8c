package dev.quarry.internal.engine;

import dev.quarry.TransactionOptions;

/**
 * SQLite transactions as explicit statements on an auto-commit connection. sqlite-jdbc's {@code commit()} runs
 * COMMIT and at once BEGIN again, so a connection out of auto-commit always holds a transaction open (DESIGN.md);
 * explicit statements keep a connection idle between transactions, which WAL checkpoints need.
 *
 * <p>A read-write transaction is {@code BEGIN IMMEDIATE}: it takes SQLite's write lock at the start, so a
 * transaction never fails half-way when it first writes (https://sqlite.org/lang_transaction.html). Inside this
 * process only the thread holding the {@link WriterLock} gets here, so the lock can only be held by another process;
 * then SQLite's busy handler, installed by {@code busy_timeout}, sleeps with backoff (1, 2, 5, 10 ... 100 ms) and
 * retries until the timeout, after which the statement fails with SQLITE_BUSY, translated to the retryable
 * {@link dev.quarry.error.BusyException} (https://sqlite.org/c3ref/busy_timeout.html). Nothing has been read or
 * written by then, so retrying the whole transaction is always safe. A read-only one
 * is a deferred {@code BEGIN}: its snapshot starts at the first read and lasts to COMMIT
 * (https://sqlite.org/isolation.html). On a connection that could write (an in-memory database's single
 * connection) it also sets {@code PRAGMA query_only} for its duration (https://sqlite.org/pragma.html#pragma_query_only).
 * Isolation levels are ignored: SQLite is always serializable. Stateless.
 */
final class SqliteTxControl implements TxControl {
    static final SqliteTxControl INSTANCE = new SqliteTxControl();

    private SqliteTxControl() {
    }

    @Override
    public void begin(Session session, TransactionOptions options) {
        if (!options.readOnly()) {
            session.run("BEGIN IMMEDIATE", true);
            return;
        }
        if (needsQueryOnly(session)) {
            session.run("PRAGMA query_only = ON", true);
        }
        session.run("BEGIN", true);
    }

    @Override
    public void commit(Session session) {
        try {
            session.run("COMMIT", true);
        } finally {
            resetQueryOnly(session);
        }
    }

    @Override
    public void rollback(Session session) {
        try {
            session.run("ROLLBACK", true);
        } finally {
            resetQueryOnly(session);
        }
    }

    private static boolean needsQueryOnly(Session session) {
        return session.lease.readOnlyReason == null;
    }

    private static void resetQueryOnly(Session session) {
        if (session.isReadOnly() && needsQueryOnly(session)) {
            session.run("PRAGMA query_only = OFF", true);
        }
    }
}
