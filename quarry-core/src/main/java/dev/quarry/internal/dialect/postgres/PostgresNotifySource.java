package dev.quarry.internal.dialect.postgres;

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
import java.util.HashSet;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Every committed write to a watched PostgreSQL table, whoever made it, through {@code NOTIFY}: a statement-level
 * trigger on each watched table calls {@code pg_notify} with the table's schema-qualified name, and one dedicated
 * connection of this handle {@code LISTEN}s. NOTIFY is transactional (https://www.postgresql.org/docs/current/sql-notify.html):
 * nothing arrives for a rolled-back transaction, a transaction's identical notifications fold into one, and they
 * arrive after the commit, in commit order.
 *
 * <p>Triggers are shared by every process watching the table and kept while any of them does: each listener
 * registers itself (its backend pid) per table in {@code quarry_watch_listener}, under a transaction-level advisory
 * lock; the last one to leave drops the trigger, and registrations of backends that no longer exist (a process
 * killed) are removed, with their triggers, the next time anyone starts or stops watching.
 *
 * <p>A listener connection that breaks is opened again (waiting longer after each failure, up to 5 s); notifications
 * sent meanwhile are lost, so every watch re-runs once it is back. Thread-safe.
 */
public final class PostgresNotifySource extends SharedTriggerSource {
    static final String CHANNEL = "quarry_watch";
    static final String TRIGGER = "quarry_watch";
    static final String REGISTRY = "quarry_watch_listener";
    private static final long LOCK_KEY = 0x71756172727977L; // "quarryw": serialises trigger changes per database
    private static final int WAIT_MILLIS = 250;

    private volatile String schema;

    public PostgresNotifySource(Database db, Platform platform) {
        super(db, platform);
    }

    @Override
    protected String database() {
        return "PostgreSQL";
    }

    /** The triggers fire for every write to a watched table, this handle's own included. */
    @Override
    public boolean seesOwnWrites() {
        return true;
    }

    @Override
    protected long open(Connection listening) throws SQLException {
        try (Statement st = listening.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        schema = single(listening, "SELECT current_schema()");
        return Long.parseLong(single(listening, "SELECT pg_backend_pid()"));
    }

    @Override
    protected void turn(TaskContext task, Connection listening) throws SQLException {
        publish(listening.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS));
    }

    private void publish(PGNotification[] got) {
        if (got == null || got.length == 0) {
            return;
        }
        String prefix = schema + ".";
        Set<String> changed = new HashSet<>();
        for (PGNotification n : got) {
            String p = n.getParameter();
            if (p.startsWith(prefix)) {
                changed.add(p.substring(prefix.length()));
            }
        }
        if (!changed.isEmpty()) {
            platform.publish(ChangeEvent.published(changed));
        }
    }

    /** A transaction holding a transaction-level advisory lock, so trigger changes of all processes take turns. */
    @Override
    protected <T> T underLock(Connection c, ConnectionWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, LOCK_KEY);
                ps.execute();
            }
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    protected void createShared(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + REGISTRY + " (table_name text NOT NULL, listener_pid int "
                    + "NOT NULL, since timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (table_name, listener_pid))");
            st.execute("CREATE OR REPLACE FUNCTION quarry_watch_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN PERFORM pg_notify('" + CHANNEL + "', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); "
                    + "RETURN NULL; END $$");
        }
        removeDeadListeners(c);
    }

    @Override
    protected void register(Connection c, String table, long listenerPid) throws SQLException {
        removeDeadListeners(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + REGISTRY
                + " (table_name, listener_pid) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, table);
            ps.setInt(2, Math.toIntExact(listenerPid));
            ps.executeUpdate();
        }
        if (!hasTrigger(c, table)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
                        + quoted(table) + " FOR EACH STATEMENT EXECUTE FUNCTION quarry_watch_notify()");
            }
        }
    }

    @Override
    protected void unregister(Connection c, String table, long listenerPid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + REGISTRY
                + " WHERE table_name = ? AND listener_pid = ?")) {
            ps.setString(1, table);
            ps.setInt(2, Math.toIntExact(listenerPid));
            ps.executeUpdate();
        }
        dropIfUnwatched(c, table);
    }

    /** Registrations of backends that are gone (a process killed); their tables lose the trigger if nobody is left. */
    private void removeDeadListeners(Connection c) throws SQLException {
        Set<String> orphaned = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("DELETE FROM " + REGISTRY
                + " WHERE listener_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL) "
                + "RETURNING table_name")) {
            while (rs.next()) {
                orphaned.add(rs.getString(1));
            }
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
        if (hasTrigger(c, table)) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER IF EXISTS " + TRIGGER + " ON " + quoted(table));
            }
        }
    }

    private static boolean hasTrigger(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_trigger g JOIN pg_class r ON r.oid = "
                + "g.tgrelid WHERE r.relname = ? AND r.relnamespace = current_schema()::regnamespace "
                + "AND g.tgname = ?")) {
            ps.setString(1, table);
            ps.setString(2, TRIGGER);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String quoted(String table) {
        return platform.ddl().quote(table);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
