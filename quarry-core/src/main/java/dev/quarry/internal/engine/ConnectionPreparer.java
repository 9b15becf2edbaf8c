package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Readies every new physical connection before its first use, the same way for the SQLite writer and readers, a
 * HikariCP pool and a user's DataSource. Thread-safe.
 *
 * <p>How it works. In order: the SQLite extensions of the settings, then the user's {@link ConnectionHooks} (which
 * may call the extensions' functions), then the dialect's own {@link Dialect#prepareConnection}, last so that what
 * it guarantees (case-sensitive LIKE, Unicode lower/upper, strict mode) holds whatever a hook set. The dialect is
 * read from the first connection prepared, after its hooks, so a hook's session settings count (MariaDB's
 * NO_BACKSLASH_ESCAPES changes how the dialect writes literals); with extensions it is read before them, which only
 * SQLite accepts. Resolving takes this object's lock once; later calls read a volatile field.
 */
final class ConnectionPreparer {
    private final List<Path> extensions;
    private final ConnectionHooks hooks;
    private final DialectResolver resolver;
    private volatile Dialect dialect;

    ConnectionPreparer(QuarrySettings settings, DialectResolver resolver) {
        this.extensions = settings.extensions();
        this.hooks = new ConnectionHooks(settings.hooks());
        this.resolver = resolver;
    }

    /** Prepares {@code connection}; a failing hook or extension is a {@link QuarryException} naming it. */
    void prepare(Connection connection) throws SQLException {
        for (Path file : extensions) {
            try {
                dialectOf(connection).loadExtension(connection, file.toString());
            } catch (SQLException e) {
                throw new QuarryException("cannot load the SQLite extension " + file + ": " + e.getMessage(), e);
            }
        }
        hooks.run(connection);
        dialectOf(connection).prepareConnection(connection);
    }

    /** The dialect, known once a connection has been prepared. */
    Dialect dialect() {
        Dialect d = dialect;
        if (d == null) {
            throw new IllegalStateException("no connection has been prepared yet");
        }
        return d;
    }

    private Dialect dialectOf(Connection connection) throws SQLException {
        Dialect d = dialect;
        if (d != null) {
            return d;
        }
        synchronized (this) {
            if (dialect == null) {
                dialect = resolver.resolve(connection);
            }
            return dialect;
        }
    }
}
