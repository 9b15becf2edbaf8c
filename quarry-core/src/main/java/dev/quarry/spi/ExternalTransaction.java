package dev.quarry.spi;

import java.sql.Connection;

/**
 * One transaction begun outside Quarry, as {@link ExternalTransactions#join()} lends it for one statement, stream
 * or savepoint. Used by the thread that joined it, until {@link #release()}: not thread-safe.
 */
public interface ExternalTransaction {

    /**
     * The transaction's connection, from the DataSource the database was opened with. Quarry prepares it as it
     * prepares every connection of that DataSource (connection hooks, the dialect's settings) the first time it sees
     * it, then only runs statements and savepoints on it.
     */
    Connection connection();

    /** Whether the transaction is read-only: Quarry then refuses its own writes before they reach the database. */
    boolean readOnly();

    /**
     * Registers {@code completion} to run once the transaction has ended, on the thread that ended it. Quarry calls
     * this only when it has something to do then: after-commit callbacks of a savepoint, change events of writes.
     *
     * @throws IllegalStateException if this transaction cannot tell its end (then Quarry's work that needs it fails
     *                               instead of running too early)
     */
    void onCompletion(Completion completion);

    /** Quarry is done with the connection for now (it never closes it): the owner may count the use as ended. */
    void release();

    /** What runs when an {@link ExternalTransaction} ends. */
    @FunctionalInterface
    interface Completion {

        /** The transaction ended: {@code committed} is true if it committed, false if it rolled back. */
        void completed(boolean committed);
    }
}
