package dev.quarry.internal.engine;

import dev.quarry.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
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
     * Opens a connection outside the pool's accounting, readied like the others, for a dedicated long-lived use
     * (see {@link dev.quarry.spi.Platform#openDedicatedConnection}); the caller closes it.
     */
    Connection openDedicated() throws SQLException;

    /**
     * The settings this source reads, as {@code QuarrySettings} builder method names, beyond those every source
     * reads ({@link UnusedSettings#EVERYWHERE}); the others are reported when given explicitly.
     */
    Set<String> settingsUsed();

    /** Closes every connection this source opened (not a user's DataSource). */
    void close();
}
