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
 */
final class DriverDataSource implements DataSource {
    private final String url;
    private final Properties properties;
    private final ConnectionPreparer preparer;

    DriverDataSource(String url, Properties properties, ConnectionPreparer preparer) {
        this.url = url;
        this.properties = properties;
        this.preparer = preparer;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url, properties);
        try {
            preparer.prepare(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        } catch (RuntimeException e) {
            c.close();
            throw new SQLException(e.getMessage(), e);
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
