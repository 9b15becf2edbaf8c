package dev.quarry.internal.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.QuarrySettings;
import dev.quarry.error.BusyException;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.Dialect;
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
    private final ResourceTracker tracker;
    private final DriverDataSource driver;

    private PooledSource(HikariDataSource pool, DriverDataSource driver, Dialect dialect, ResourceTracker tracker) {
        this.pool = pool;
        this.driver = driver;
        this.dialect = dialect;
        this.tracker = tracker;
    }

    static PooledSource open(String url, QuarrySettings settings, DialectResolver resolver, ResourceTracker tracker) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("quarry-" + POOLS.incrementAndGet());
        ConnectionPreparer preparer = new ConnectionPreparer(settings, resolver);
        DriverDataSource driver = new DriverDataSource(url, ServerUrl.properties(url, settings), preparer);
        config.setDataSource(driver);
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(Math.max(250, settings.acquireTimeout().toMillis()));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new QuarryException("cannot open " + redact(url) + ": " + rootMessage(e), e);
        }
        try (Connection c = pool.getConnection()) {
            return new PooledSource(pool, driver, preparer.dialect(), tracker);
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
        } catch (SQLTransientConnectionException e) {
            throw new BusyException(e.getMessage(), null, e);
        } catch (SQLException e) {
            throw dialect.translate(e, null);
        }
        return new Lease(c, new StatementCache(c, 0, tracker), null, PooledSource::giveBack);
    }

    private static void giveBack(Lease lease) {
        try {
            lease.connection.close();
        } catch (SQLException ignored) {
            // HikariCP evicts a connection it cannot reset; nothing for the caller to do
        }
    }

    /** A driver connection made as the pool makes its own, but never lent by the pool. */
    @Override
    public Connection openDedicated() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
