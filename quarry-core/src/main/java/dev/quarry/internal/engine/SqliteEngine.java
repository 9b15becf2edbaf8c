package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.spi.ConnectionPoolStats;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Quarry's SQLite engine: one writer connection behind an in-process lock, a pool of read-only readers, WAL.
 * Thread-safe.
 *
 * <p>How it works. SQLite lets one writer at a time into a database file; a second writer of the same process would
 * get {@code SQLITE_BUSY}, or sleep in the busy handler. So every write of this process (DSL statements, read-write
 * transactions, schema changes, hand-written SQL that writes) first takes the {@link WriterLock}, then runs on
 * the single writer connection inside {@code BEGIN IMMEDIATE ... COMMIT}: writers queue in Java, in order, and SQLite
 * only ever sees one, so SQLITE_BUSY never surfaces within the process; the busy timeout is left for other processes.
 * In WAL mode (https://sqlite.org/wal.html) readers do not block the writer nor it them, so plain selects and
 * read-only transactions run on {@code readers} connections opened with {@code SQLITE_OPEN_READONLY}, each
 * statement (or read-only transaction) seeing one committed snapshot. An in-memory database is private to its
 * connection, so there the writer serves reads too, under the same lock (an open stream holds it until closed). A read-only database (open_mode, mode=ro,
 * a file this process cannot write) gets readers only; writes there fail with a {@link dev.quarry.error.MisuseException}.
 *
 * <p>Defaults, from {@link QuarrySettings}: {@code journal_mode=WAL}, {@code synchronous=NORMAL} (durable in WAL mode
 * except for the last transactions at a power loss, https://sqlite.org/pragma.html#pragma_synchronous),
 * {@code foreign_keys=ON}, {@code busy_timeout=5000}; pragmas in the URL take precedence. They are passed as
 * sqlite-jdbc connection properties (its documented pragma names) so no sqlite-jdbc class is needed here. Every
 * connection, writer and readers, is then readied by a {@link ConnectionPreparer}: extensions, the user's hooks and
 * the dialect's own preparation (case-sensitive LIKE, Unicode lower/upper).
 */
final class SqliteEngine implements ConnectionSource {
    private static final String READER = "a SQLite reader connection cannot write (the statement was routed as a read)";
    private static final String READ_ONLY_DB = "the SQLite database was opened read-only";

    /** The settings this engine reads; the server ones (credentials, pool size) it does not. */
    private static final Set<String> USED = Set.of("readers", "busyTimeout", "journalMode", "synchronous",
            "foreignKeys", "statementCacheSize", "acquireTimeout", "loadExtension", "fairWriterLock");
    private final OwnedConnection writer;
    private final WriterLock writerLock;
    private final ReaderPool readers;
    private final Dialect dialect;
    private final SqliteUrl url;
    private final QuarrySettings settings;
    private final ConnectionPreparer preparer;

    private SqliteEngine(OwnedConnection writer, WriterLock lock, ReaderPool readers, Dialect dialect, SqliteUrl url,
                         QuarrySettings settings, ConnectionPreparer preparer) {
        this.writer = writer;
        this.writerLock = lock;
        this.readers = readers;
        this.dialect = dialect;
        this.url = url;
        this.settings = settings;
        this.preparer = preparer;
        if (writer != null) {
            writer.releaser = lease -> writerLock.release();
        }
    }

    static SqliteEngine open(String url, QuarrySettings settings, DialectResolver resolver, ResourceTracker tracker) {
        SqliteUrl u = SqliteUrl.parse(url);
        ConnectionPreparer preparer = new ConnectionPreparer(settings, resolver);
        List<OwnedConnection> opened = new ArrayList<>();
        try {
            OwnedConnection writer = null;
            if (!u.readOnly()) {
                writer = connect(u, writerProperties(settings), preparer, settings, null, tracker);
                opened.add(writer);
            }
            List<OwnedConnection> readers = new ArrayList<>();
            if (!u.inMemory()) {
                for (int i = 0; i < settings.readers(); i++) {
                    OwnedConnection r = connect(u, readerProperties(settings), preparer, settings,
                            u.readOnly() ? READ_ONLY_DB : READER, tracker);
                    opened.add(r);
                    readers.add(r);
                }
            }
            Dialect dialect = preparer.dialect();
            ReaderPool pool = readers.isEmpty() ? null : new ReaderPool(readers, settings.acquireTimeout());
            WriterLock lock = new WriterLock(settings.acquireTimeout(), settings.fairWriterLock());
            return new SqliteEngine(writer, lock, pool, dialect, u, settings, preparer);
        } catch (SQLException e) {
            opened.forEach(OwnedConnection::close);
            Secrets secrets = Secrets.of(url, settings);
            throw new QuarryException("cannot open the SQLite database " + secrets.redact(url) + ": "
                    + secrets.redact(e.getMessage()), secrets.scrub(e));
        } catch (RuntimeException | Error e) {
            opened.forEach(OwnedConnection::close);
            throw e;
        }
    }

    private static OwnedConnection connect(SqliteUrl u, Properties props, ConnectionPreparer preparer,
                                           QuarrySettings settings, String readOnlyReason, ResourceTracker tracker)
            throws SQLException {
        Connection c = DriverManager.getConnection(u.url(), props);
        try {
            preparer.prepare(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return new OwnedConnection(c, settings.statementCacheSize(), readOnlyReason, tracker);
    }

    private static Properties writerProperties(QuarrySettings s) {
        Properties p = common(s);
        p.setProperty("journal_mode", s.journalMode().toUpperCase(Locale.ROOT));
        p.setProperty("synchronous", s.synchronous().toUpperCase(Locale.ROOT));
        return p;
    }

    private static Properties readerProperties(QuarrySettings s) {
        Properties p = common(s);
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY, https://sqlite.org/c3ref/open.html
        return p;
    }

    private static Properties common(QuarrySettings s) {
        Properties p = new Properties();
        p.setProperty("foreign_keys", Boolean.toString(s.foreignKeys()));
        p.setProperty("busy_timeout", Long.toString(s.busyTimeout().toMillis()));
        return p;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Lease acquire(Access access) {
        if (writer == null || (access == Access.READ && readers != null)) {
            return readers.acquire();
        }
        writerLock.acquire();
        return writer.lease(writer.releaser);
    }

    /**
     * A read-only connection to the same file, prepared like the readers: writes must go through the single writer.
     * An in-memory database lives in its one connection, so it has no second one to give.
     */
    @Override
    public Connection openDedicated() throws SQLException {
        if (url.inMemory()) {
            throw new UnsupportedFeatureException("an in-memory SQLite database lives in a single connection and "
                    + "cannot open a dedicated one; use a database file");
        }
        Connection c = DriverManager.getConnection(url.url(), readerProperties(settings));
        try {
            preparer.prepare(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * {@link #USED}, less {@code readers} and {@code journalMode} for an in-memory database (the writer serves
     * reads, and its journal is MEMORY or OFF whatever is asked,
     * https://www.sqlite.org/pragma.html#pragma_journal_mode) and less the writer's settings for a read-only one (it
     * has no writer).
     */
    @Override
    public Set<String> settingsUsed() {
        Set<String> used = new HashSet<>(USED);
        if (readers == null) {
            used.removeAll(Set.of("readers", "journalMode"));
        }
        if (writer == null) {
            used.removeAll(Set.of("journalMode", "synchronous", "fairWriterLock"));
        }
        return used;
    }

    /** The writer (if the file is writable) and the readers (unless in memory), read now. */
    @Override
    public List<ConnectionPoolStats> poolStats() {
        List<ConnectionPoolStats> pools = new ArrayList<>(2);
        if (writer != null) {
            pools.add(writerLock.stats());
        }
        if (readers != null) {
            pools.add(readers.stats());
        }
        return pools;
    }

    /** Whether waiting writers are served strictly in arrival order (for tests). */
    boolean writerLockIsFair() {
        return writerLock.isFair();
    }

    /** Whether the calling thread holds the writer (for tests). */
    boolean writerHeldByCurrentThread() {
        return writerLock.isHeldByCurrentThread();
    }

    /** Statements cached now over all connections (for tests). */
    int cachedStatements() {
        int n = writer == null ? 0 : writer.statements.size();
        return n + (readers == null ? 0 : readers.cachedStatements());
    }

    @Override
    public void close() {
        if (readers != null) {
            readers.close();
        }
        if (writer != null) {
            writer.close();
        }
    }
}
