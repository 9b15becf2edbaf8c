package dev.quarry.internal.engine;

import dev.quarry.internal.dialect.Dialect;
import java.sql.SQLException;
import java.util.Set;

/**
 * Where a database's connections come from: the SQLite engine (one writer, a pool of readers), a HikariCP pool, or
 * a user's {@link javax.sql.DataSource}. Implementations are thread-safe.
 */
interface ConnectionSource {

    /** The dialect of the connected database. */
    Dialect dialect();

    /** Borrows a connection fit for {@code access}, waiting up to the acquire timeout. */
    Lease acquire(Access access);

    /** How transactions begin and end on these connections. */
    TxControl transactions();

    /**
     * Whether a write outside a transaction still runs in an explicit one (SQLite: {@code BEGIN IMMEDIATE}, so the
     * write lock is taken up front and the busy timeout applies; https://sqlite.org/lang_transaction.html).
     */
    boolean wrapsWrites();

    /** Whether {@code e} says the connection or transaction is read-only. */
    boolean isReadOnlyViolation(SQLException e);

    /**
     * The settings this source reads, as {@code QuarrySettings} builder method names, beyond those every source
     * reads ({@link UnusedSettings#EVERYWHERE}); the others are reported when given explicitly.
     */
    Set<String> settingsUsed();

    /** Closes every connection this source opened (not a user's DataSource). */
    void close();
}
