package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.detect.Dialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Readies a raw JDBC connection into a test kit scope for tests that drive a dialect's parts (codecs, error
 * translation) with plain JDBC: prepared as Quarry prepares its own connections ({@link Dialect#prepareConnection}:
 * MariaDB's strict mode, SQLite's case-sensitive LIKE), with SQLite's foreign keys on as Quarry's engine sets them,
 * and with commits that do not wait for the disk, since the scope is dropped after the class. Stateless.
 */
public final class PreparedConnections {
    private PreparedConnections() {
    }

    /** Prepares {@code c} and returns the dialect Quarry picks for it. */
    public static Dialect prepare(Connection c) throws SQLException {
        Dialect dialect = Dialects.forConnection(c);
        dialect.prepareConnection(c);
        try (Statement s = c.createStatement()) {
            switch (dialect.name()) {
                case "sqlite" -> {
                    s.execute("PRAGMA foreign_keys = ON"); // off by default per connection; Quarry's engine sets it
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = OFF"); // no fsync per auto-commit write
                }
                case "postgresql" -> s.execute("SET synchronous_commit = off"); // no WAL flush wait per write
                default -> {
                    // MariaDB: strict mode comes from prepareConnection; InnoDB's flush per commit is the server's
                }
            }
        }
        return dialect;
    }
}
