package dev.quarry.internal.dialect.mariadb;

import dev.quarry.ConnectionWork;
import dev.quarry.Database;
import dev.quarry.internal.dialect.SharedTriggerSource;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.Platform;
import dev.quarry.spi.TaskContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every committed write to a watched MariaDB table, whoever made it, through a change table that is polled. MariaDB
 * has no NOTIFY and only row-level triggers, so each watched table gets AFTER INSERT/UPDATE/DELETE triggers that bump
 * a counter in {@code quarry_watch_changes}, one row per table and writing connection: connections never wait for
 * each other's counter, and a counter changes for readers only when its transaction commits. One dedicated
 * connection of this handle reads the counters every {@code changePollInterval} (a fresh snapshot per statement in
 * auto-commit) and publishes the tables whose counters moved.
 *
 * <p>Triggers are shared by every process watching the table and kept while any of them does: each poller registers
 * its connection id per table in {@code quarry_watch_listener}, under {@code GET_LOCK}; the last to leave drops the
 * triggers, and registrations of connections that no longer exist (a process killed) are removed, with their
 * triggers, the next time anyone starts or stops watching. {@code TRUNCATE} fires no trigger
 * (https://mariadb.com/kb/en/truncate-table/), so it is seen only when made through this handle.
 *
 * <p>The counters move for this handle's own writes too, but the handle's own change events are kept: they come at
 * once, the poller only after up to an interval. The price is one more re-run after an own write when the poller
 * sees it after the first re-run began; its result is unchanged and not emitted. Thread-safe.
 */
public final class MariaDbChangeTableSource extends SharedTriggerSource {
    static final String CHANGES = "quarry_watch_changes";
    static final String REGISTRY = "quarry_watch_listener";
    private static final String LOCK = "quarry_watch";
    private static final int LOCK_WAIT_SECONDS = 30;

    private final Duration interval;
    private Map<String, Long> counters = Map.of(); // read and written by the opening call, then the task only

    public MariaDbChangeTableSource(Database db, Platform platform, Duration interval) {
        super(db, platform);
        this.interval = interval;
    }

    @Override
    protected String database() {
        return "MariaDB";
    }

    /** Reads the counters as they are now, so any later commit shows as a move. */
    @Override
    protected long open(Connection listening) throws SQLException {
        listening.setAutoCommit(true); // a fresh snapshot for every read of the counters
        long id;
        try (Statement st = listening.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            id = rs.getLong(1);
        }
        counters = readCounters(listening);
        return id;
    }

    @Override
    protected void turn(TaskContext task, Connection listening) throws SQLException {
        if (!task.await(interval)) {
            return;
        }
        Map<String, Long> now = readCounters(listening);
        Set<String> moved = new HashSet<>();
        now.forEach((key, version) -> {
            if (!version.equals(counters.get(key))) {
                moved.add(key.substring(0, key.indexOf('\u0000')));
            }
        });
        counters = now;
        if (!moved.isEmpty()) {
            platform.publish(ChangeEvent.published(moved));
        }
    }

    /** Each counter by "table NUL connection". */
    private static Map<String, Long> readCounters(Connection c) throws SQLException {
        Map<String, Long> read = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name, conn, version FROM " + CHANGES)) {
            while (rs.next()) {
                read.put(rs.getString(1) + '\u0000' + rs.getLong(2), rs.getLong(3));
            }
        }
        return read;
    }

    /** Holds the named lock that serialises trigger changes in this database (GET_LOCK is per session). */
    @Override
    protected <T> T underLock(Connection c, ConnectionWork<T> work) throws SQLException {
        c.setAutoCommit(true); // each DDL statement commits anyway
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, LOCK);
            ps.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new SQLException("could not take the lock '" + LOCK + "' within " + LOCK_WAIT_SECONDS
                            + " s: another process is changing watch triggers");
                }
            }
        }
        try {
            return work.run(c);
        } finally {
            try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                ps.setString(1, LOCK);
                ps.execute();
            }
        }
    }

    @Override
    protected void createShared(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + CHANGES + " (table_name VARCHAR(64) NOT NULL, conn BIGINT "
                    + "UNSIGNED NOT NULL, version BIGINT UNSIGNED NOT NULL, PRIMARY KEY (table_name, conn)) "
                    + "ENGINE=InnoDB");
            st.execute("CREATE TABLE IF NOT EXISTS " + REGISTRY + " (table_name VARCHAR(64) NOT NULL, listener_id "
                    + "BIGINT UNSIGNED NOT NULL, PRIMARY KEY (table_name, listener_id)) ENGINE=InnoDB");
        }
        removeDeadListeners(c);
    }

    @Override
    protected void register(Connection c, String table, long id) throws SQLException {
        removeDeadListeners(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO " + REGISTRY
                + " (table_name, listener_id) VALUES (?, ?)")) {
            ps.setString(1, table);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        Set<String> existing = triggersOf(c, table);
        for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
            String name = triggerName(event, table);
            if (!existing.contains(name)) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TRIGGER " + platform.ddl().quote(name) + " AFTER " + event + " ON "
                            + platform.ddl().quote(table) + " FOR EACH ROW INSERT INTO " + CHANGES
                            + " (table_name, conn, version) VALUES ('" + table.replace("'", "''")
                            + "', CONNECTION_ID(), 1) ON DUPLICATE KEY UPDATE version = version + 1");
                }
            }
        }
    }

    @Override
    protected void unregister(Connection c, String table, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + REGISTRY
                + " WHERE table_name = ? AND listener_id = ?")) {
            ps.setString(1, table);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
        dropIfUnwatched(c, table);
    }

    /**
     * Registrations and counters of connections that are gone (a process killed); their tables lose the triggers if
     * nobody is left. PROCESSLIST shows other users' connections only with the PROCESS privilege: without it, a
     * watcher running as another user looks gone and loses its triggers until it registers again.
     */
    private void removeDeadListeners(Connection c) throws SQLException {
        String alive = "(SELECT ID FROM information_schema.PROCESSLIST)";
        Set<String> orphaned = new HashSet<>();
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT table_name FROM " + REGISTRY
                    + " WHERE listener_id NOT IN " + alive)) {
                while (rs.next()) {
                    orphaned.add(rs.getString(1));
                }
            }
            st.executeUpdate("DELETE FROM " + REGISTRY + " WHERE listener_id NOT IN " + alive);
            st.executeUpdate("DELETE FROM " + CHANGES + " WHERE conn NOT IN " + alive);
        }
        for (String t : orphaned) {
            dropIfUnwatched(c, t);
        }
    }

    private void dropIfUnwatched(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + REGISTRY + " WHERE table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        for (String name : triggersOf(c, table)) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER IF EXISTS " + platform.ddl().quote(name));
            }
        }
    }

    /** The names of Quarry's watch triggers on {@code table}. */
    private static Set<String> triggersOf(Connection c, String table) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE "
                + "TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = ? AND TRIGGER_NAME LIKE 'qw\\_%'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /**
     * {@code qw_i_<table>} and so on; a table name too long for MariaDB's 64-character trigger names is shortened
     * and made unique with its hash.
     */
    static String triggerName(String event, String table) {
        String name = "qw_" + Character.toLowerCase(event.charAt(0)) + "_" + table;
        if (name.length() <= 64) {
            return name;
        }
        String hash = Integer.toHexString(table.hashCode());
        return name.substring(0, 64 - hash.length() - 1) + "_" + hash;
    }
}
