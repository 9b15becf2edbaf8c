package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;

/**
 * A user's {@link DataSource} (Spring's, a container's), used as it is and never closed by Quarry. Each physical
 * connection is prepared once ({@link ConnectionPreparer}: hooks, the dialect's preparation): the pool's proxy is
 * unwrapped and the physical connection remembered in a weak set, so a connection the pool drops is forgotten with
 * it. Thread-safe.
 */
final class UserDataSource implements ConnectionSource {
    private final DataSource dataSource;
    private final ConnectionPreparer preparer;
    private final Map<Connection, Boolean> hooked = Collections.synchronizedMap(new WeakHashMap<>());
    private Dialect dialect;

    private final ResourceTracker tracker;

    private UserDataSource(DataSource dataSource, ConnectionPreparer preparer, ResourceTracker tracker) {
        this.dataSource = dataSource;
        this.preparer = preparer;
        this.tracker = tracker;
    }

    static UserDataSource open(DataSource dataSource, QuarrySettings settings, DialectResolver resolver,
                               ResourceTracker tracker) {
        UserDataSource source = new UserDataSource(dataSource, new ConnectionPreparer(settings, resolver), tracker);
        try (Connection c = dataSource.getConnection()) {
            source.prepare(c);
            source.dialect = source.preparer.dialect();
        } catch (SQLException e) {
            throw new QuarryException("cannot get a connection from " + dataSource + ": " + e.getMessage(), e);
        }
        return source;
    }

    private void prepare(Connection c) throws SQLException {
        Connection physical = c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
        if (hooked.putIfAbsent(physical, Boolean.TRUE) == null) {
            try {
                preparer.prepare(c);
            } catch (SQLException | RuntimeException e) {
                hooked.remove(physical);
                throw e;
            }
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Lease acquire(Access access) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            prepare(c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw dialect.translate(e, null);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return new Lease(c, new StatementCache(c, 0, tracker), null, lease -> closeQuietly(lease.connection));
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the user's pool decides what to do with a connection that will not close
            }
        }
    }

    /** Borrowed from the user's DataSource (so counted in its pool, if it pools) and held until closed. */
    @Override
    public Connection openDedicated() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            prepare(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    @Override
    public void close() {
        // the DataSource belongs to the user
    }
}
