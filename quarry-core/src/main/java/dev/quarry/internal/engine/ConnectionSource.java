package dev.quarry.internal.engine;

import dev.quarry.internal.dialect.Dialect;
import dev.quarry.spi.ConnectionPoolStats;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Where a database's connections come from: the SQLite engine (one writer, a pool of readers), a HikariCP pool, or
 * a user's {@link javax.sql.DataSource}. How transactions begin and end is the dialect's business, not the source's,
 * so a user's SQLite DataSource gets SQLite's transactions. Implementations are thread-safe.
 */
interface ConnectionSource {

    /** The dialect of the connected database. */
    Dialect dialect();

    /** Borrows a connection fit for {@code access}, waiting up to the acquire timeout. */
    Lease acquire(Access access);

    /**
     * A lease of {@code connection}, lent by a transaction begun outside Quarry on this source's DataSource, prepared
     * like this source's own connections; closing the lease leaves the connection as it is. Only a user's DataSource
     * lends (Quarry refuses external transactions on the sources it opens itself).
     */
    default Lease lend(Connection connection) throws SQLException {
        throw new IllegalStateException(getClass().getSimpleName() + " does not take lent connections");
    }

    /**
     * Opens a connection outside the pool's accounting, readied like the others, for a dedicated long-lived use
     * (see {@link dev.quarry.spi.Platform#openDedicatedConnection}); the caller closes it.
     */
    Connection openDedicated() throws SQLException;

    /**
     * The settings this source reads, as {@code QuarrySettings} builder method names, beyond those every source
     * reads ({@link UnusedSettings#EVERYWHERE}); the others are reported when given explicitly.
     */
    Set<String> settingsUsed();

    /** The pools this source keeps that no other library reports (SQLite's writer and readers), read now. */
    default List<ConnectionPoolStats> poolStats() {
        return List.of();
    }

    /** The pool library's own object (HikariCP's DataSource), or null when this source has none. */
    default Object pool() {
        return null;
    }

    /** Closes every connection this source opened (not a user's DataSource). */
    void close();
}
