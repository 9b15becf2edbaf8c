package dev.quarry.internal.dialect.mariadb;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.Database;
import dev.quarry.internal.dialect.BundledDialect;
import dev.quarry.internal.dialect.ChangeSource;
import dev.quarry.internal.dialect.ServerTransactions;
import dev.quarry.internal.dialect.TransactionControl;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.Introspector;
import dev.quarry.spi.Platform;
import dev.quarry.internal.dialect.Version;
import dev.quarry.internal.dialect.render.Quoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * MariaDB: the bundle of its renderer, DDL, codecs, capabilities and error translation. Immutable and thread-safe.
 */
public final class MariaDbDialect extends BundledDialect {
    /** Backticks, which work whatever the sql_mode (https://mariadb.com/kb/en/identifier-names/#quote-character). */
    static final Quoting QUOTING = new Quoting('`');

    /** @param version the server's version as major, minor, patch; backslashes escape in string literals */
    public MariaDbDialect(int[] version) {
        this(version, false);
    }

    /**
     * @param version            the server's version as major, minor, patch
     * @param noBackslashEscapes whether the server's sql_mode has NO_BACKSLASH_ESCAPES
     */
    public MariaDbDialect(int[] version, boolean noBackslashEscapes) {
        this("MariaDB " + Version.of(version), capabilitiesOf(Version.of(version)), noBackslashEscapes);
    }

    private final MariaDbIntrospector introspector;

    private MariaDbDialect(String label, Capabilities capabilities, boolean noBackslashEscapes) {
        super("mariadb", label, capabilities, new MariaDbRenderer(label, capabilities, noBackslashEscapes),
                new MariaDbDdl(noBackslashEscapes), QUOTING, MariaDbCodecs::create, MariaDbErrors::translate);
        this.introspector = new MariaDbIntrospector(noBackslashEscapes);
    }

    /**
     * What MariaDB {@code v} can do: INSERT ... RETURNING since 10.5 (https://mariadb.com/kb/en/insertreturning/),
     * DELETE ... RETURNING since 10.0.5 (https://mariadb.com/kb/en/deletereturning/), UPDATE never; DDL commits
     * implicitly (https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/); window functions since
     * 10.2; no NULLS FIRST/LAST.
     */
    static Capabilities capabilitiesOf(Version v) {
        return Capabilities.builder()
                .insertReturning(v.atLeast(10, 5, 0))
                .updateReturning(false)
                .deleteReturning(v.atLeast(10, 0, 5))
                .transactionalDdl(false)
                .windowFunctions(v.atLeast(10, 2, 0))
                .nullsOrder(false)
                .build();
    }

    @Override
    public boolean isReadOnlyViolation(SQLException e) {
        return MariaDbErrors.isReadOnly(e);
    }

    /** The schema from {@code information_schema}: see {@link MariaDbIntrospector}. */
    @Override
    public Introspector introspector() {
        return introspector;
    }

    /** Transactions through JDBC auto-commit and {@code SET TRANSACTION}: see {@link ServerTransactions}. */
    @Override
    public TransactionControl transactions() {
        return ServerTransactions.STARTED_AT_ONCE;
    }

    /**
     * MariaDB Connector/J (3.5.11) sends a statement run with {@code setMaxRows(n)} as
     * {@code SET STATEMENT SQL_SELECT_LIMIT=n FOR <sql>} ({@code ClientPreparedStatement}), a new text for the
     * server to parse on every bounded read.
     */
    @Override
    public boolean maxRowsRewritesStatement() {
        return true;
    }

    /**
     * In one quiet run of the narrow-row benchmark (docs/BENCHMARKS.md, issue 14), 10,000 rows took 89 ms as 1,000-row
     * multi-row statements and 68 ms as a JDBC batch flushed every 1,000 rows (Connector/J 3.5.11).
     */
    @Override
    public boolean multiRowAsBatch() {
        return true;
    }

    /** Makes sure the session is in strict mode: see {@link MariaDbStrictMode}. */
    @Override
    public void prepareConnection(Connection connection) throws SQLException {
        MariaDbStrictMode.ensure(connection);
    }

    /** MariaDB's plugins are installed in the server, not per connection. */
    @Override
    public void loadExtension(Connection connection, String file) {
        throw new UnsupportedFeatureException("MariaDB loads no extension per connection (asked for '" + file
                + "'); install a plugin with INSTALL SONAME, https://mariadb.com/kb/en/install-soname/");
    }

    @Override
    public ChangeSource changeSource(Database db, Platform platform, Duration pollInterval) {
        return new MariaDbChangeTableSource(db, platform, pollInterval);
    }

    /**
     * {@code GET_LOCK}, held by the session (https://mariadb.com/kb/en/get_lock/): it returns 1 when taken and 0
     * when the wait of 600 seconds ran out. The name is a string literal of letters Quarry chose and the caller's
     * name with quotes doubled.
     */
    @Override
    public java.util.Optional<SessionLock> sessionLock(String name) {
        String literal = "'quarry:" + name.replace("\\", "\\\\").replace("'", "''") + "'";
        return java.util.Optional.of(new SessionLock("SELECT GET_LOCK(" + literal + ", 600)",
                "SELECT RELEASE_LOCK(" + literal + ")"));
    }
}
