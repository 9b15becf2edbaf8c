package dev.quarry.spring.boot;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.spi.ConnectionPoolStats;
import dev.quarry.spi.ResourceCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Actuator health of a {@link Quarry} database: up when a trivial query ({@code SELECT 1}) answers on a reading
 * connection. Details: the database, the resources the handle holds open, and for SQLite's engine the file, its WAL's
 * size, and per pool (writer, readers) the connections in use, the threads waiting and the mean wait so far. Never a
 * URL or a password. Thread-safe.
 */
public class QuarryHealthIndicator extends AbstractHealthIndicator {
    private final Quarry db;

    /** The health of {@code db}. */
    public QuarryHealthIndicator(Quarry db) {
        super("Quarry health check failed");
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String file = db.withConnection(ConnectionAccess.READ, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
            }
            return db.capabilities().embedded() ? mainFile(c) : null;
        });
        builder.up().withDetail("database", db.dialectName());
        ResourceCounts open = db.platform().resources();
        builder.withDetail("connections", open.connections()).withDetail("dedicatedConnections",
                open.dedicatedConnections()).withDetail("backgroundTasks", open.backgroundTasks());
        if (file != null && !file.isEmpty()) {
            builder.withDetail("file", file);
            Path wal = Path.of(file + "-wal");
            builder.withDetail("walBytes", Files.exists(wal) ? wal.toFile().length() : 0L);
        }
        for (ConnectionPoolStats pool : db.platform().connectionPools()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("size", pool.size());
            details.put("active", pool.active());
            details.put("pending", pool.pending());
            details.put("waits", pool.waits());
            details.put("meanWaitMillis", pool.waits() == 0 ? 0.0 : pool.waitNanos() / 1e6 / pool.waits());
            builder.withDetail(pool.pool(), details);
        }
    }

    /** SQLite's main database file ({@code PRAGMA database_list}); empty for an in-memory one. */
    private static String mainFile(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString("name"))) {
                    return rs.getString("file");
                }
            }
        }
        return "";
    }
}
