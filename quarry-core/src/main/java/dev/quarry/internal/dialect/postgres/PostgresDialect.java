package dev.quarry.internal.dialect.postgres;

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
 * PostgreSQL: the bundle of its renderer, DDL, codecs, capabilities and error translation. Immutable and
 * thread-safe.
 */
public final class PostgresDialect extends BundledDialect {
    /** Standard double quotes (https://www.postgresql.org/docs/current/sql-syntax-lexical.html). */
    static final Quoting QUOTING = new Quoting('"');

    /** @param version the server's version as major, minor, patch; case folding in "C.utf8" */
    public PostgresDialect(int[] version) {
        this(version, PostgresRenderer.C_UTF8);
    }

    /**
     * @param version       the server's version as major, minor, patch
     * @param foldCollation the collation {@code lower}/{@code upper} fold text in (text columns are {@code "C"},
     *                      which folds ASCII only)
     */
    public PostgresDialect(int[] version, String foldCollation) {
        this("PostgreSQL " + Version.of(version), capabilitiesOf(Version.of(version)), foldCollation);
    }

    private PostgresDialect(String label, Capabilities capabilities, String foldCollation) {
        super("postgresql", label, capabilities, new PostgresRenderer(label, capabilities, foldCollation),
                new PostgresDdl(), QUOTING, PostgresCodecs::create, PostgresErrors::translate);
    }

    /**
     * What PostgreSQL {@code v} can do. The wire protocol counts parameters in 16 bits (65535 at most); pgjdbc
     * streams a result with a fetch size only inside a transaction
     * (https://jdbc.postgresql.org/documentation/query/#getting-results-based-on-a-cursor).
     */
    static Capabilities capabilitiesOf(Version v) {
        return Capabilities.builder()
                .streamingNeedsTransaction(true)
                .upsert(v.atLeast(9, 5, 0))
                .build();
    }

    /**
     * pgjdbc sends a batch's rows without waiting for each answer. In one quiet run of the narrow-row benchmark
     * (docs/BENCHMARKS.md, issue 14), 10,000 rows took 87 ms as a batch flushed every 1,000 rows and 105 ms as
     * 1,000-row multi-row statements.
     */
    @Override
    public boolean multiRowAsBatch() {
        return true;
    }

    @Override
    public boolean isReadOnlyViolation(SQLException e) {
        return PostgresErrors.isReadOnly(e);
    }

    /** Transactions through JDBC auto-commit and {@code SET TRANSACTION}: see {@link ServerTransactions}. */
    @Override
    public Introspector introspector() {
        return PostgresIntrospector.INSTANCE;
    }

    @Override
    public TransactionControl transactions() {
        return ServerTransactions.INSTANCE;
    }

    /**
     * Nothing to do: LIKE is case-sensitive (https://www.postgresql.org/docs/current/functions-matching.html) and
     * {@code lower}/{@code upper} fold by the database's LC_CTYPE, every letter under a UTF-8 locale
     * (https://www.postgresql.org/docs/current/functions-string.html).
     */
    @Override
    public void prepareConnection(Connection connection) {
        // nothing PostgreSQL needs
    }

    /** PostgreSQL installs extensions in the database, not per connection. */
    @Override
    public void loadExtension(Connection connection, String file) {
        throw new UnsupportedFeatureException("PostgreSQL loads no extension per connection (asked for '" + file
                + "'); install it once with CREATE EXTENSION, https://www.postgresql.org/docs/current/sql-createextension.html");
    }

    @Override
    public ChangeSource changeSource(Database db, Platform platform, Duration pollInterval) {
        return new PostgresNotifySource(db, platform);
    }

    /** A session-level advisory lock (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS). */
    @Override
    public java.util.Optional<SessionLock> sessionLock(String name) {
        long key = dev.quarry.internal.dialect.SessionLocks.key(name);
        return java.util.Optional.of(new SessionLock("SELECT 1 FROM (SELECT pg_advisory_lock(" + key + ")) l",
                "SELECT pg_advisory_unlock(" + key + ")"));
    }
}
