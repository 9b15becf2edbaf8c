package dev.quarry.bench.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The setup users have today: HikariCP over sqlite-jdbc, a pool of four, each connection in WAL with
 * synchronous=NORMAL (as Quarry's, so only the engine differs) and the same busy timeout, plain auto-commit writes
 * from any pooled connection, a statement prepared per operation. SQLITE_BUSY
 * (https://www.sqlite.org/rescode.html#busy) is reported as {@link MixedSetup.Busy}, not retried.
 */
final class NaiveHikariSetup implements MixedSetup {
    /** SQLITE_BUSY; sqlite-jdbc's error code carries the extended code in its upper bits. */
    private static final int SQLITE_BUSY = 5;
    private final HikariDataSource pool;

    NaiveHikariSetup(String url, Duration busyTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", Long.toString(busyTimeout.toMillis()));
        this.pool = new HikariDataSource(config);
    }

    @Override
    public String name() {
        return "HikariCP + sqlite-jdbc (pool of 4)";
    }

    @Override
    public void fill(int rows) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kv (id INTEGER PRIMARY KEY, val TEXT NOT NULL, n INTEGER NOT NULL)");
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO kv (id, val, n) VALUES (?, ?, 0)")) {
                for (long id = 1; id <= rows; id++) {
                    p.setLong(1, id);
                    p.setString(2, "value " + id);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean read(long id) throws Busy {
        try (Connection c = pool.getConnection();
             PreparedStatement p = c.prepareStatement("SELECT id, val, n FROM kv WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                return new Kv(rs.getLong(1), rs.getString(2), rs.getLong(3)).id() == id;
            }
        } catch (SQLException e) {
            throw busyOrFail(e);
        }
    }

    @Override
    public void update(long id, long n) throws Busy {
        write("UPDATE kv SET val = ?, n = ? WHERE id = ?", "updated " + n, n, id);
    }

    @Override
    public void insert(long id) throws Busy {
        write("INSERT INTO kv (val, n, id) VALUES (?, ?, ?)", "inserted " + id, 0, id);
    }

    private void write(String sql, String val, long n, long id) throws Busy {
        try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, val);
            p.setLong(2, n);
            p.setLong(3, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw busyOrFail(e);
        }
    }

    private static Busy busyOrFail(SQLException e) {
        if ((e.getErrorCode() & 0xff) == SQLITE_BUSY) {
            return new Busy(e);
        }
        throw new IllegalStateException(e);
    }

    @Override
    public void close() {
        pool.close();
    }
}
