package dev.quarry.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.quarry.QuarrySettings;
import dev.quarry.error.BusyException;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.ServerUnreachableException;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.ServerAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A HikariCP pool for a PostgreSQL or MariaDB URL. Defaults: {@code maximumPoolSize} from
 * {@code QuarrySettings.maxPoolSize} (10), HikariCP's fixed-size pool (minimumIdle = maximum), connection timeout
 * from {@code acquireTimeout} (30 s), the rest HikariCP's own defaults. Statements are not cached here: pgjdbc
 * prepares on the server after 5 uses and caches 256 queries per connection
 * (https://jdbc.postgresql.org/documentation/use/ {@code prepareThreshold}, {@code preparedStatementCacheQueries}),
 * and HikariCP closes a lent connection's statements when it is returned. Thread-safe.
 */
final class PooledSource implements ConnectionSource {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final HikariDataSource pool;
    private final Dialect dialect;
    /** host:port, for messages (never the password). */
    private final String address;

    private PooledSource(HikariDataSource pool, Dialect dialect, String address) {
        this.pool = pool;
        this.dialect = dialect;
        this.address = address;
    }

    static PooledSource open(String url, QuarrySettings settings, DialectResolver resolver) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("quarry-" + POOLS.incrementAndGet());
        ConnectionPreparer preparer = new ConnectionPreparer(settings, resolver);
        config.setDataSource(new DriverDataSource(url, ServerUrl.properties(url, settings), preparer));
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(Math.max(250, settings.acquireTimeout().toMillis()));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new QuarryException("cannot open " + redact(url) + ": " + rootMessage(e), e);
        }
        try (Connection c = pool.getConnection()) {
            return new PooledSource(pool, preparer.dialect(), ServerAddress.of(url));
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new QuarryException("cannot open " + redact(url) + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }

    /** The URL without a password parameter, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
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
            throw acquireFailure(e);
        }
        return new Lease(c, new StatementCache(c, 0), null, PooledSource::giveBack);
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

    private static void giveBack(Lease lease) {
        try {
            lease.connection.close();
        } catch (SQLException ignored) {
            // HikariCP evicts a connection it cannot reset; nothing for the caller to do
        }
    }

    @Override
    public TxControl transactions() {
        return ServerTxControl.INSTANCE;
    }

    @Override
    public boolean wrapsWrites() {
        return false;
    }

    @Override
    public boolean isReadOnlyViolation(SQLException e) {
        return ServerErrors.isReadOnlyViolation(e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
