package dev.quarry.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection Quarry opened and keeps for its whole life (the SQLite writer or a reader), with its statement
 * cache. Used by one thread at a time, the one holding it: not thread-safe.
 */
final class OwnedConnection {
    final Connection connection;
    final StatementCache statements;
    final String readOnlyReason;
    /** Where a lease of this connection goes back to; set once by its owner before first use. */
    Lease.Releaser releaser;

    OwnedConnection(Connection connection, int cacheSize, String readOnlyReason, ResourceTracker tracker) {
        this.connection = connection;
        this.statements = new StatementCache(connection, cacheSize, tracker);
        this.readOnlyReason = readOnlyReason;
    }

    Lease lease(Lease.Releaser releaser) {
        return new Lease(connection, statements, readOnlyReason, releaser);
    }

    void close() {
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at shutdown: nothing left to do with a connection that will not close
        }
    }
}
