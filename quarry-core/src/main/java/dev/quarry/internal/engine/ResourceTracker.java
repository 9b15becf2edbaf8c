package dev.quarry.internal.engine;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the JDBC connections, statements and result sets the engine holds open right now, so tests can fail any
 * test that leaves one open (the leak check). Cheap enough to stay on in production: one atomic add per open and
 * close. Thread-safe.
 */
public final class ResourceTracker {
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final AtomicInteger RESULT_SETS = new AtomicInteger();

    private ResourceTracker() {
    }

    public static void connectionOpened() {
        CONNECTIONS.incrementAndGet();
    }

    public static void connectionClosed() {
        CONNECTIONS.decrementAndGet();
    }

    public static void statementOpened() {
        STATEMENTS.incrementAndGet();
    }

    public static void statementClosed() {
        STATEMENTS.decrementAndGet();
    }

    public static void resultSetOpened() {
        RESULT_SETS.incrementAndGet();
    }

    public static void resultSetClosed() {
        RESULT_SETS.decrementAndGet();
    }

    /** Connections checked out of a pool or opened and not yet returned or closed. */
    public static int openConnections() {
        return CONNECTIONS.get();
    }

    /** Statements open outside the per-connection statement cache. */
    public static int openStatements() {
        return STATEMENTS.get();
    }

    /** Result sets (cursors) open. */
    public static int openResultSets() {
        return RESULT_SETS.get();
    }
}
