package dev.quarry.internal.engine;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical-connection factory handed to HikariCP: opens a driver connection and prepares it (hooks, the
 * dialect's preparation: {@link ConnectionPreparer}) before the pool ever lends it, so each step runs exactly once
 * per physical connection (HikariCP's {@code connectionInitSql} only runs SQL, not Java). Thread-safe.
 *
 * <p>Every exception it throws has its passwords masked ({@link Secrets}) before HikariCP sees it: HikariCP logs a
 * failed connection attempt, keeps it as the cause of its later timeout exception and puts its message into
 * {@code PoolInitializationException}'s, and a driver may quote the URL with its {@code password=} (DriverManager's
 * "No suitable driver found for jdbc:...", pgjdbc's "Unable to parse URL jdbc:..."). HikariCP itself never sees the
 * URL or the credentials: they stay in this object.
 */
final class DriverDataSource implements DataSource {
    private final String url;
    private final Properties properties;
    private final ConnectionPreparer preparer;
    private final Secrets secrets;

    DriverDataSource(String url, Properties properties, ConnectionPreparer preparer, Secrets secrets) {
        this.url = url;
        this.properties = properties;
        this.preparer = preparer;
        this.secrets = secrets;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c;
        try {
            c = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw secrets.scrub(e);
        }
        try {
            preparer.prepare(c);
        } catch (SQLException e) {
            c.close();
            throw secrets.scrub(e);
        } catch (RuntimeException e) {
            c.close();
            throw new SQLException(secrets.redact(e.getMessage()), secrets.scrub(e));
        }
        return c;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Quarry passes credentials as driver properties");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logging is not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent");
    }

    /** The URL with its passwords masked: HikariCP's DEBUG configuration dump prints its data source. */
    @Override
    public String toString() {
        return "DriverDataSource(" + secrets.redact(url) + ")";
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
