package dev.quarry.internal.engine;

import java.sql.Connection;

/**
 * A connection borrowed for one unit of work (a statement, a transaction, a stream), with its statement cache.
 * Closing it gives the connection back (to the reader pool, the writer lock, the server pool). Used by one thread
 * at a time: not thread-safe.
 */
final class Lease implements AutoCloseable {
    /** Gives a connection back to where it came from. */
    interface Releaser {
        void release(Lease lease);
    }

    final Connection connection;
    final StatementCache statements;
    /** Why writes fail on this connection (a SQLite reader, a read-only file), or null if they may write. */
    final String readOnlyReason;
    private final Releaser releaser;
    private boolean closed;
    /** Set once a statement found the connection lost: the source discards it instead of lending it again. */
    private boolean lost;

    Lease(Connection connection, StatementCache statements, String readOnlyReason, Releaser releaser) {
        this.connection = connection;
        this.statements = statements;
        this.readOnlyReason = readOnlyReason;
        this.releaser = releaser;
        statements.tracker.connectionOpened();
    }

    /** Notes that the connection was found lost (a {@code ConnectionLostException} was translated on it). */
    void markLost() {
        lost = true;
    }

    /** Whether a statement found this connection lost. */
    boolean lost() {
        return lost;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            statements.tracker.connectionClosed();
            releaser.release(this);
        }
    }
}
