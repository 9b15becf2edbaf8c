package dev.quarry.internal.dialect.postgres;

import dev.quarry.ConnectionAccess;
import dev.quarry.ConnectionWork;
import dev.quarry.Database;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.ChangeSource;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.DedicatedConnection;
import dev.quarry.spi.Platform;
import dev.quarry.spi.TaskContext;
import dev.quarry.spi.TaskHandle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
public final class PostgresNotifySource implements ChangeSource {
    static final String CHANNEL = "quarry_watch";
    static final String TRIGGER = "quarry_watch";
    static final String REGISTRY = "quarry_watch_listener";
    private static final long LOCK_KEY = 0x71756172727977L; // "quarryw": serialises trigger changes per database
    private static final int WAIT_MILLIS = 250;
    private static final ChangeEvent EVERY_TABLE = ChangeEvent.publishedForAllTables();

    private final Database db;
    private final Platform platform;
    private final Set<String> tables = ConcurrentHashMap.newKeySet();
    private volatile DedicatedConnection listener;
    private volatile int pid;
    private String schema;
    private TaskHandle task;

    public PostgresNotifySource(Database db, Platform platform) {
        this.db = db;
        this.platform = platform;
    }

    @Override
    public void watch(String table) {
        if (task == null) {
            schema = db.withConnection(ConnectionAccess.READ, c -> single(c, "SELECT current_schema()"));
            inLockedTransaction(c -> {
                createShared(c);
                return null;
            });
            listen();
            task = platform.startTask("watch-listen", this::receive);
        }
        inLockedTransaction(c -> {
            register(c, table, pid);
            return null;
        });
        tables.add(table);
    }

    @Override
    public void unwatch(String table) {
        tables.remove(table);
        inLockedTransaction(c -> {
            unregister(c, table, pid);
            return null;
        });
    }

    /** The triggers fire for every write to a watched table, this handle's own included. */
    @Override
    public boolean seesOwnWrites() {
        return true;
    }

    @Override
    public void close() {
        if (task == null) {
            return;
        }
        task.stop(platform.closeTimeout());
        task = null;
        try {
            List<String> left = List.copyOf(tables);
            tables.clear();
            inLockedTransaction(c -> {
                for (String t : left) {
                    unregister(c, t, pid);
                }
                return null;
            });
        } catch (QuarryException e) {
            platform.reportCallbackError("removing PostgreSQL change triggers (the next watcher removes them)", e);
        } finally {
            DedicatedConnection l = listener;
            listener = null;
            if (l != null) {
                l.close();
            }
        }
    }

    private void listen() {
        DedicatedConnection d = platform.openDedicatedConnection("watch LISTEN");
        try (Statement st = d.connection().createStatement()) {
            st.execute("LISTEN " + CHANNEL);
            pid = Integer.parseInt(single(d.connection(), "SELECT pg_backend_pid()"));
        } catch (SQLException | RuntimeException e) {
            d.close();
            throw e instanceof QuarryException q ? q
                    : new ConnectionLostException("could not LISTEN for watched changes", "LISTEN " + CHANNEL, e);
        }
        listener = d;
    }

    private void receive(TaskContext task) throws InterruptedException {
        long backoff = 50;
        while (!task.isStopping()) {
            try {
                PGNotification[] got = listener.connection().unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                publish(got);
                backoff = 50;
            } catch (SQLException | RuntimeException e) {
                if (task.isStopping()) {
                    return;
                }
                platform.reportCallbackError("the PostgreSQL LISTEN connection of watched queries broke; reopening",
                        e);
                if (!task.await(Duration.ofMillis(backoff))) {
                    return;
                }
                backoff = Math.min(backoff * 2, 5_000);
                reopen();
            }
        }
    }

    /** A new listener, registered for every watched table; every watch re-runs for what was missed meanwhile. */
    private void reopen() {
        DedicatedConnection old = listener;
        if (old != null) {
            old.close();
        }
        listen();
        inLockedTransaction(c -> {
            for (String t : tables) {
                register(c, t, pid);
            }
            return null;
        });
        platform.publish(EVERY_TABLE);
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

    private <T> T inLockedTransaction(ConnectionWork<T> work) {
        return db.transaction(tx -> tx.withConnection(ConnectionAccess.WRITE, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, LOCK_KEY);
                ps.execute();
            }
            return work.run(c);
        }));
    }

    private void createShared(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + REGISTRY + " (table_name text NOT NULL, listener_pid int "
                    + "NOT NULL, since timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (table_name, listener_pid))");
            st.execute("CREATE OR REPLACE FUNCTION quarry_watch_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    + "BEGIN PERFORM pg_notify('" + CHANNEL + "', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME); "
                    + "RETURN NULL; END $$");
        }
        removeDeadListeners(c);
    }

    private void register(Connection c, String table, int listenerPid) throws SQLException {
        removeDeadListeners(c);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + REGISTRY
                + " (table_name, listener_pid) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, table);
            ps.setInt(2, listenerPid);
            ps.executeUpdate();
        }
        if (!hasTrigger(c, table)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
                        + quoted(table) + " FOR EACH STATEMENT EXECUTE FUNCTION quarry_watch_notify()");
            }
        }
    }

    private void unregister(Connection c, String table, int listenerPid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + REGISTRY
                + " WHERE table_name = ? AND listener_pid = ?")) {
            ps.setString(1, table);
            ps.setInt(2, listenerPid);
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
