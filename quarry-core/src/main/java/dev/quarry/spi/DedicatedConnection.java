package dev.quarry.spi;

import java.sql.Connection;

/**
 * A long-lived connection outside the pool, opened by {@link Platform#openDedicatedConnection}. Its owner uses it
 * from one thread at a time and closes it; {@code db.close()} closes any left open. Counted in
 * {@link ResourceCounts#dedicatedConnections()}.
 */
public interface DedicatedConnection extends AutoCloseable {

    /** The JDBC connection, ready (hooks run, the dialect's preparation done), in auto-commit mode. */
    Connection connection();

    /** What it was opened for. */
    String purpose();

    /** Closes the connection; idempotent. */
    @Override
    void close();
}
