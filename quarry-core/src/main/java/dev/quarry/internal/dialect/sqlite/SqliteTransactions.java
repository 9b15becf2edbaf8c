package dev.quarry.internal.dialect.sqlite;

import dev.quarry.TransactionOptions;
import dev.quarry.error.BusyException;
import dev.quarry.internal.dialect.TransactionControl;
import dev.quarry.internal.dialect.TransactionSession;
import java.util.concurrent.locks.LockSupport;

/**
 * SQLite transactions as explicit statements on an auto-commit connection, whoever gives the connection (Quarry's
 * engine or a user's {@code DataSource}). sqlite-jdbc's {@code commit()} runs COMMIT and at once BEGIN again, so a
 * connection out of auto-commit always holds a transaction open (DESIGN.md); explicit statements keep a connection
 * idle between transactions, which WAL checkpoints need. SQLite has no {@code SET TRANSACTION}.
 *
 * <p>A read-write transaction is {@code BEGIN IMMEDIATE}: it takes SQLite's write lock at the start, so a
 * transaction never fails half-way when it first writes (https://sqlite.org/lang_transaction.html). Inside a
 * process using Quarry's engine only the thread holding its writer lock gets here, so the lock can only be held by
 * another process (or another connection of a user's DataSource); then SQLite's busy handler, installed by
 * {@code busy_timeout}, sleeps with backoff and retries until the timeout, after which the statement fails with
 * SQLITE_BUSY, translated to the retryable {@link BusyException} (https://sqlite.org/c3ref/busy_timeout.html).
 * Nothing has been read or written by then, so retrying the whole transaction is always safe. A read-only one is a
 * deferred {@code BEGIN}: its snapshot starts at the first read and lasts to COMMIT
 * (https://sqlite.org/isolation.html). On a connection that could write it also sets {@code PRAGMA query_only} for
 * its duration (https://sqlite.org/pragma.html#pragma_query_only). Isolation levels are accepted and need nothing:
 * SQLite is always serializable (https://sqlite.org/isolation.html). Stateless.
 */
final class SqliteTransactions implements TransactionControl {
    /** The one instance. */
    static final SqliteTransactions INSTANCE = new SqliteTransactions();

    /**
     * How long a SQLITE_BUSY at {@code BEGIN IMMEDIATE} is retried whatever the busy timeout. Quarry's engine has one
     * writer, yet SQLite's readers take the WAL write lock for microseconds when they read the WAL-index header while
     * the writer is updating it, to read it again safely ({@code walIndexReadHdr} in wal.c); with a busy timeout of
     * zero the writer could meet that lock and fail: {@code SqliteConcurrencyTest} (8 writers, 8 readers, no busy
     * timeout) failed in 21 of 40 runs in one JVM before this retry, and in none of 240 after.
     */
    static final long TRANSIENT_LOCK_NANOS = 20_000_000L;
    private static final long RETRY_PAUSE_NANOS = 100_000L;

    private SqliteTransactions() {
    }

    @Override
    public void begin(TransactionSession session, TransactionOptions options) {
        if (!options.readOnly()) {
            beginImmediate(session);
            return;
        }
        if (!session.readOnlyConnection()) {
            session.run("PRAGMA query_only = ON");
        }
        session.run("BEGIN");
    }

    @Override
    public void commit(TransactionSession session) {
        try {
            session.run("COMMIT");
        } finally {
            resetQueryOnly(session);
        }
    }

    @Override
    public void rollback(TransactionSession session) {
        try {
            session.run("ROLLBACK");
        } finally {
            resetQueryOnly(session);
        }
    }

    @Override
    public boolean wrapsWrites() {
        return true;
    }

    /**
     * {@code BEGIN IMMEDIATE}, retried on SQLITE_BUSY for up to {@link #TRANSIENT_LOCK_NANOS}: a lock held longer
     * (by another process) surfaces as the {@link BusyException} it is, after SQLite's own busy timeout.
     */
    private static void beginImmediate(TransactionSession session) {
        long deadline = System.nanoTime() + TRANSIENT_LOCK_NANOS;
        while (true) {
            try {
                session.run("BEGIN IMMEDIATE");
                return;
            } catch (BusyException e) {
                if (System.nanoTime() - deadline >= 0) {
                    throw e;
                }
                LockSupport.parkNanos(RETRY_PAUSE_NANOS);
            }
        }
    }

    private static void resetQueryOnly(TransactionSession session) {
        if (session.readOnlyTransaction() && !session.readOnlyConnection()) {
            session.run("PRAGMA query_only = OFF");
        }
    }
}
