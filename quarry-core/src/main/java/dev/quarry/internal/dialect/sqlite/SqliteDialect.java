package dev.quarry.internal.dialect.sqlite;

import dev.quarry.Database;
import dev.quarry.internal.dialect.BundledDialect;
import dev.quarry.internal.dialect.ChangeSource;
import dev.quarry.internal.dialect.TransactionControl;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.Introspector;
import dev.quarry.spi.Platform;
import dev.quarry.internal.dialect.Version;
import dev.quarry.internal.dialect.render.Quoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * SQLite: the bundle of its renderer, DDL, codecs, capabilities and error translation. Immutable and thread-safe.
 */
public final class SqliteDialect extends BundledDialect {
    /** Standard double quotes (https://www.sqlite.org/lang_keywords.html). */
    static final Quoting QUOTING = new Quoting('"');
    private static final RebuildGuard REBUILD_GUARD = new RebuildGuard("PRAGMA foreign_keys = OFF",
            "PRAGMA foreign_key_check", "PRAGMA foreign_keys = ON",
            "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? ORDER BY name");

    /** @param version the SQLite library's version as major, minor, patch */
    public SqliteDialect(int[] version) {
        this("SQLite " + Version.of(version), capabilitiesOf(Version.of(version)));
    }

    private SqliteDialect(String label, Capabilities capabilities) {
        super("sqlite", label, capabilities, new SqliteRenderer(label, capabilities), new SqliteDdl(), QUOTING,
                SqliteCodecs::create, SqliteErrors::translate);
    }

    /** What SQLite {@code v} can do; each feature's release is in https://www.sqlite.org/changes.html. */
    static Capabilities capabilitiesOf(Version v) {
        return Capabilities.builder()
                .returning(v.atLeast(3, 35, 0))
                .maxParameters(v.atLeast(3, 32, 0) ? 32766 : 999) // SQLITE_MAX_VARIABLE_NUMBER, https://www.sqlite.org/limits.html
                .upsert(v.atLeast(3, 24, 0))
                .windowFunctions(v.atLeast(3, 25, 0))
                .nullsOrder(v.atLeast(3, 30, 0))
                .embedded(true)
                .build();
    }

    /**
     * sqlite-jdbc runs a JDBC batch one row at a time (bind, step, reset per row over JNI); the multi-row statement
     * writes the same rows with one step per chunk. Measured on the narrow row, 10,000 rows in one transaction:
     * about 1.5 times the CPU as a batch (docs/BENCHMARKS.md).
     */
    @Override
    public boolean batchAsMultiRow() {
        return true;
    }

    @Override
    public boolean isReadOnlyViolation(SQLException e) {
        return SqliteErrors.isReadOnly(e);
    }

    @Override
    public Introspector introspector() {
        return SqliteIntrospector.INSTANCE;
    }

    @Override
    public TransactionControl transactions() {
        return SqliteTransactions.INSTANCE;
    }

    /** Quarry's own functions for case-sensitive LIKE and Unicode lower/upper: see {@link SqliteConnectionSetup}. */
    @Override
    public void prepareConnection(Connection connection) throws SQLException {
        SqliteConnectionSetup.prepare(connection);
    }

    @Override
    public void loadExtension(Connection connection, String file) throws SQLException {
        SqliteConnectionSetup.loadExtension(connection, file);
    }

    /** See {@link SqliteRebuild}: foreign keys off around the transaction, checked before its commit. */
    @Override
    public Optional<RebuildGuard> rebuildGuard() {
        return Optional.of(REBUILD_GUARD);
    }

    @Override
    public ChangeSource changeSource(Database db, Platform platform, Duration pollInterval) {
        return new SqliteChangeSource(db, platform, pollInterval);
    }
}
