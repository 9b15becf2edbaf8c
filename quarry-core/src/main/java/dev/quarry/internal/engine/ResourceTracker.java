package dev.quarry.internal.engine;

import dev.quarry.spi.ResourceCounts;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts what one database handle holds open right now (borrowed connections, statements outside the cache,
 * result sets, dedicated connections, background tasks), so tests can fail any test that leaves one open and a
 * health page can show them. One per handle, so parallel tests on different handles do not interfere. Cheap enough
 * to stay on in production: one atomic add per open and close. Thread-safe.
 */
final class ResourceTracker {
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger resultSets = new AtomicInteger();
    private final AtomicInteger dedicated = new AtomicInteger();
    private final AtomicInteger tasks = new AtomicInteger();

    void connectionOpened() {
        connections.incrementAndGet();
    }

    void connectionClosed() {
        connections.decrementAndGet();
    }

    void statementOpened() {
        statements.incrementAndGet();
    }

    void statementClosed() {
        statements.decrementAndGet();
    }

    void resultSetOpened() {
        resultSets.incrementAndGet();
    }

    void resultSetClosed() {
        resultSets.decrementAndGet();
    }

    void dedicatedOpened() {
        dedicated.incrementAndGet();
    }

    void dedicatedClosed() {
        dedicated.decrementAndGet();
    }

    void taskStarted() {
        tasks.incrementAndGet();
    }

    void taskFinished() {
        tasks.decrementAndGet();
    }

    /** What is open now. */
    ResourceCounts snapshot() {
        return new ResourceCounts(connections.get(), statements.get(), resultSets.get(), dedicated.get(),
                tasks.get());
    }
}
