package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.ServerUnreachableException;
import dev.quarry.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;

/**
 * A user's {@link DataSource} (Spring's, a container's), used as it is and never closed by Quarry. Each physical
 * connection is prepared once ({@link ConnectionPreparer}: hooks, the dialect's preparation): the pool's proxy is
 * unwrapped and the physical connection remembered in a weak set, so a connection the pool drops is forgotten with
 * it. Quarry never sees the DataSource's URL; the settings' password, and a URL form of one in a driver's message,
 * are masked in what it throws ({@link Secrets}). Thread-safe.
 */
final class UserDataSource implements ConnectionSource {
    private final DataSource dataSource;
    private final ConnectionPreparer preparer;
    private final Secrets secrets;
    private final Map<Connection, Boolean> hooked = Collections.synchronizedMap(new WeakHashMap<>());
    private Dialect dialect;

    private final ResourceTracker tracker;

    private UserDataSource(DataSource dataSource, ConnectionPreparer preparer, Secrets secrets,
                           ResourceTracker tracker) {
        this.dataSource = dataSource;
        this.preparer = preparer;
        this.secrets = secrets;
        this.tracker = tracker;
    }

    static UserDataSource open(DataSource dataSource, QuarrySettings settings, DialectResolver resolver,
                               ResourceTracker tracker) {
        Secrets secrets = Secrets.of(settings);
        UserDataSource source = new UserDataSource(dataSource, new ConnectionPreparer(settings, resolver), secrets,
                tracker);
        try (Connection c = dataSource.getConnection()) {
            source.prepare(c);
            source.dialect = source.preparer.dialect();
        } catch (SQLException e) {
            throw new QuarryException(secrets.redact("cannot get a connection from " + dataSource + ": "
                    + e.getMessage()), secrets.scrub(e));
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
            throw acquireFailure(secrets.scrub(e));
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return new Lease(c, new StatementCache(c, 0, tracker), null, lease -> closeQuietly(lease.connection));
    }

    /** Prepared once like the others; the lease's release leaves it to the transaction that lent it. */
    @Override
    public Lease lend(Connection connection) throws SQLException {
        prepare(connection);
        return new Lease(connection, new StatementCache(connection, 0, tracker), null, lease -> { });
    }

    /** A connection failure while getting one means the server cannot be reached; anything else as translated. */
    private QuarryException acquireFailure(SQLException e) {
        QuarryException translated = dialect.translate(e, null);
        if (translated instanceof ConnectionLostException) {
            return new ServerUnreachableException("The " + dialect.name() + " server behind the "
                    + dataSource.getClass().getSimpleName() + " is unreachable: the DataSource could not give a connection. Retry once the server is back."
                    + " Last error: " + e.getMessage(), e);
        }
        return translated;
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
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw secrets.scrub(e);
        }
        try {
            prepare(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    /**
     * Extensions (a SQLite DataSource loads them) and external transactions; pool, timeouts and credentials are the
     * DataSource's own.
     */
    @Override
    public Set<String> settingsUsed() {
        return Set.of("loadExtension", "externalTransactions");
    }

    @Override
    public void close() {
        // the DataSource belongs to the user
    }
}
