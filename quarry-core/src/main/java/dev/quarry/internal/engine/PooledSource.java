package dev.quarry.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.quarry.QuarrySettings;
import dev.quarry.error.BusyException;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.ServerUnreachableException;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A HikariCP pool for a PostgreSQL or MariaDB URL. Defaults: {@code maximumPoolSize} from
 * {@code QuarrySettings.maxPoolSize} (10), HikariCP's fixed-size pool (minimumIdle = maximum), connection timeout
 * from {@code acquireTimeout} (30 s; under HikariCP's minimum of 250 ms it is refused, not raised), the rest
 * HikariCP's own defaults.
 *
 * <p>Statements are cached per driver connection, across loans, up to {@code statementCacheSize} per connection.
 * HikariCP closes the statements made through its proxy when a connection is returned, so a statement made through
 * it lives for one loan; preparing and closing one per statement was about a sixth of the client's CPU samples on
 * a PostgreSQL point read (JFR, narrow-row benchmark). Cached statements are therefore prepared on the connection
 * under the proxy ({@code unwrap}); pgjdbc still prepares on the server after 5 uses
 * (https://jdbc.postgresql.org/documentation/use/ {@code prepareThreshold}). Because HikariCP no longer sees those
 * statements fail, a connection a statement found lost is evicted here ({@link Lease#lost()}), as HikariCP evicts
 * one whose statements fail with a connection error through its proxy. Streams keep preparing through the proxy,
 * so HikariCP still closes a stream left open. Thread-safe.
 */
final class PooledSource implements ConnectionSource {
    /**
     * HikariCP's smallest {@code connectionTimeout}: "Lowest acceptable connection timeout is 250 ms"
     * (https://github.com/brettwooldridge/HikariCP#frequently-used); {@code setConnectionTimeout} throws below it,
     * and 0 would mean no timeout at all.
     */
    static final long MIN_ACQUIRE_MILLIS = 250;
    /** The settings a pool reads; the SQLite engine's (readers, pragmas, statement cache, writer lock) it does not. */
    private static final Set<String> USED = Set.of("username", "password", "maxPoolSize", "busyTimeout",
            "acquireTimeout", "loadExtension", "statementCacheSize");
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final ResourceTracker tracker;
    private final DriverDataSource driver;
    private final Secrets secrets;
    /** host:port, for messages (never the password). */
    private final String address;
    private final int statementCacheSize;
    /** Each driver connection's statements, by identity; only the thread holding the connection uses its cache. */
    private final Map<Connection, StatementCache> statements = new IdentityHashMap<>();

    private PooledSource(HikariDataSource pool, DriverDataSource driver, Dialect dialect, ResourceTracker tracker,
                         Secrets secrets, String address, int statementCacheSize) {
        this.statementCacheSize = statementCacheSize;
        this.pool = pool;
        this.driver = driver;
        this.dialect = dialect;
        this.tracker = tracker;
        this.secrets = secrets;
        this.address = address;
    }

    static PooledSource open(String url, QuarrySettings settings, DialectResolver resolver, ResourceTracker tracker) {
        long acquireMillis = settings.acquireTimeout().toMillis();
        if (acquireMillis < MIN_ACQUIRE_MILLIS) {
            throw new MisuseException("acquireTimeout of " + acquireMillis + " ms is below HikariCP's "
                    + "minimum of " + MIN_ACQUIRE_MILLIS + " ms for server databases; set at least "
                    + MIN_ACQUIRE_MILLIS + " ms");
        }
        Secrets secrets = Secrets.of(url, settings);
        HikariConfig config = new HikariConfig();
        config.setPoolName("quarry-" + POOLS.incrementAndGet());
        ConnectionPreparer preparer = new ConnectionPreparer(settings, resolver);
        String driverUrl = JdbcDrivers.driverUrl(url);
        DriverDataSource driver = new DriverDataSource(driverUrl, ServerUrl.properties(driverUrl, settings),
                preparer, secrets);
        config.setDataSource(driver);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(acquireMillis);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw openFailure(url, secrets, e);
        }
        try (Connection c = pool.getConnection()) {
            return new PooledSource(pool, driver, preparer.dialect(), tracker, secrets, ServerAddress.of(url),
                    settings.statementCacheSize());
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw openFailure(url, secrets, e);
        }
    }

    /** "cannot open URL: what went wrong", the URL, the message and the cause chain with passwords masked. */
    private static QuarryException openFailure(String url, Secrets secrets, Exception e) {
        return new QuarryException("cannot open " + secrets.redact(url) + ": " + secrets.redact(rootMessage(e)),
                secrets.scrub(e));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Lease acquire(Access access) {
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException e) {
            throw acquireFailure(secrets.scrub(e));
        }
        try {
            return new Lease(c, statementsOf(c), null, this::giveBack);
        } catch (SQLException e) {
            giveBack(c, true);
            throw dialect.translate(secrets.scrub(e), null);
        }
    }

    /** The statement cache of the driver connection under {@code lent}, made on its first loan. */
    private StatementCache statementsOf(Connection lent) throws SQLException {
        Connection driverConnection = lent.unwrap(Connection.class);
        synchronized (statements) {
            StatementCache cache = statements.get(driverConnection);
            if (cache == null) {
                if (statements.size() >= pool.getMaximumPoolSize()) {
                    forgetClosed(); // HikariCP retired some connections (lifetime, eviction) since
                }
                cache = new StatementCache(driverConnection, statementCacheSize, tracker);
                statements.put(driverConnection, cache);
            }
            return cache;
        }
    }

    /** Statements cached now over every connection (for tests). */
    int cachedStatements() {
        synchronized (statements) {
            return statements.values().stream().mapToInt(StatementCache::size).sum();
        }
    }

    private void forgetClosed() {
        Iterator<Map.Entry<Connection, StatementCache>> it = statements.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Connection, StatementCache> e = it.next();
            boolean closed;
            try {
                closed = e.getKey().isClosed();
            } catch (SQLException ex) {
                closed = true;
            }
            if (closed) {
                StatementCache cache = e.getValue(); // read before remove(): the entry is invalid after it
                it.remove();
                cache.clear();
            }
        }
    }

    /**
     * Why no connection came. HikariCP times out with {@link SQLTransientConnectionException} both when every
     * connection is lent (busy: the pool is too small for the load) and when it cannot open one; in the second case
     * the timeout's cause is the pool's last failure to connect (HikariPool.createTimeoutException), which the
     * dialect recognises as a lost connection when the server is down or refusing.
     */
    private QuarryException acquireFailure(SQLException e) {
        SQLException lastConnectFailure = e.getCause() instanceof SQLException cause ? cause : null;
        QuarryException translated = dialect.translate(lastConnectFailure != null ? lastConnectFailure : e, null);
        if (translated instanceof ConnectionLostException) {
            return new ServerUnreachableException("The " + dialect.name() + " server at " + address
                    + " is unreachable: no connection could be opened within the acquire timeout of "
                    + pool.getConnectionTimeout() + " ms (" + counts() + "). Retry once the server is back; this"
                    + " database reconnects by itself. Last error: " + translated.getCause().getMessage(), e);
        }
        if (e instanceof SQLTransientConnectionException) {
            return new BusyException(e.getMessage(), null, e);
        }
        return dialect.translate(e, null);
    }

    /** HikariCP's counts, as its own timeout message gives them. */
    private String counts() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) {
            return "pool " + pool.getPoolName();
        }
        return "pool " + pool.getPoolName() + ": total=" + bean.getTotalConnections() + ", active="
                + bean.getActiveConnections() + ", idle=" + bean.getIdleConnections() + ", waiting="
                + bean.getThreadsAwaitingConnection();
    }

    private void giveBack(Lease lease) {
        giveBack(lease.connection, lease.lost());
    }

    /** Returns {@code lent} to the pool, or, when it was found lost, evicts it and forgets its statements. */
    private void giveBack(Connection lent, boolean lost) {
        if (lost) {
            try {
                Connection driverConnection = lent.unwrap(Connection.class);
                synchronized (statements) {
                    StatementCache cache = statements.remove(driverConnection);
                    if (cache != null) {
                        cache.clear();
                    }
                }
            } catch (SQLException ignored) {
                // the proxy is closed already: HikariCP dropped the connection itself
            }
            pool.evictConnection(lent); // closes it now: it is still lent
            return;
        }
        try {
            lent.close();
        } catch (SQLException ignored) {
            // HikariCP evicts a connection it cannot reset; nothing for the caller to do
        }
    }

    /** The HikariCP pool, so a metrics module can attach HikariCP's own tracker to it. */
    @Override
    public Object pool() {
        return pool;
    }

    /** A driver connection made as the pool makes its own, but never lent by the pool. */
    @Override
    public Connection openDedicated() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public Set<String> settingsUsed() {
        return USED;
    }

    @Override
    public void close() {
        synchronized (statements) {
            statements.values().forEach(StatementCache::clear);
            statements.clear();
        }
        pool.close();
    }
}
