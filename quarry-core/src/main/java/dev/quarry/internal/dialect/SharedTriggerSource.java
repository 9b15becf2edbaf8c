package dev.quarry.internal.dialect;

import dev.quarry.ConnectionWork;
import dev.quarry.Database;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.QuarryException;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.DedicatedConnection;
import dev.quarry.spi.Platform;
import dev.quarry.spi.TaskContext;
import dev.quarry.spi.TaskHandle;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What PostgreSQL's and MariaDB's change sources share: triggers on the watched tables, shared by every process that
 * watches them through a registry of listening sessions changed under a database lock; one dedicated connection per
 * handle that hears (or polls for) changes on a background task; and, when that connection breaks, a new one,
 * registered again for every table, after which every watch re-runs (what was sent meanwhile is lost). Subclasses
 * say how their database does each step. Thread-safe: the hub calls {@link #watch}, {@link #unwatch} and
 * {@link #close} one at a time; the task reads the listener and the tables.
 */
public abstract class SharedTriggerSource implements ChangeSource {
    private static final long FIRST_BACKOFF_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    protected final Database db;
    protected final Platform platform;
    private final Set<String> tables = ConcurrentHashMap.newKeySet();
    private volatile DedicatedConnection listener;
    private volatile long listenerId;
    private TaskHandle task;

    protected SharedTriggerSource(Database db, Platform platform) {
        this.db = db;
        this.platform = platform;
    }

    /** The database's name, for messages. */
    protected abstract String database();

    /**
     * Runs {@code work} on {@code c}, holding the lock that serialises trigger changes, and leaves {@code c} with
     * nothing open: a transaction committed (or rolled back on failure), a lock released.
     */
    protected abstract <T> T underLock(Connection c, ConnectionWork<T> work) throws SQLException;

    /**
     * Runs {@code work} under the lock on a connection of its own, never the caller's: a watch may begin inside a
     * transaction body, and trigger DDL there would be rolled back with it (PostgreSQL) or commit it half-way
     * (MariaDB commits implicitly before DDL, https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/).
     */
    private <T> T underLock(ConnectionWork<T> work) {
        try (DedicatedConnection d = platform.openDedicatedConnection("watch triggers on " + database())) {
            return underLock(d.connection(), work);
        } catch (SQLException e) {
            throw new ConnectionLostException("changing the watch triggers on " + database() + " failed: "
                    + e.getMessage(), null, e);
        }
    }

    /** Creates the shared tables and functions if missing. Called under the lock. */
    protected abstract void createShared(Connection c) throws SQLException;

    /** Registers listener {@code id} for {@code table}, putting the triggers on if they are missing. Under the lock. */
    protected abstract void register(Connection c, String table, long id) throws SQLException;

    /** Removes listener {@code id}'s registration; drops the triggers when nobody is left. Under the lock. */
    protected abstract void unregister(Connection c, String table, long id) throws SQLException;

    /** Prepares a new listening connection (LISTEN, a first read) and returns its session's id. */
    protected abstract long open(Connection listening) throws SQLException;

    /** One turn of the task: wait up to a moment for changes on {@code listening} and publish them. */
    protected abstract void turn(TaskContext task, Connection listening) throws SQLException, InterruptedException;

    @Override
    public final void watch(String table) {
        if (task == null) {
            underLock(c -> {
                createShared(c);
                return null;
            });
            openListener();
            task = platform.startTask("watch-" + database().toLowerCase(java.util.Locale.ROOT), this::run);
        }
        underLock(c -> {
            register(c, table, listenerId);
            return null;
        });
        tables.add(table);
    }

    @Override
    public final void unwatch(String table) {
        tables.remove(table);
        underLock(c -> {
            unregister(c, table, listenerId);
            return null;
        });
    }

    @Override
    public final void close() {
        if (task == null) {
            return;
        }
        task.stop(platform.closeTimeout());
        task = null;
        try {
            List<String> left = List.copyOf(tables);
            tables.clear();
            underLock(c -> {
                for (String t : left) {
                    unregister(c, t, listenerId);
                }
                return null;
            });
        } catch (QuarryException e) {
            platform.reportCallbackError("removing " + database() + " change triggers (the next watcher removes "
                    + "them)", e);
        } finally {
            DedicatedConnection l = listener;
            listener = null;
            if (l != null) {
                l.close();
            }
        }
    }

    private void openListener() {
        DedicatedConnection d = platform.openDedicatedConnection("watch " + database() + " changes");
        try {
            listenerId = open(d.connection());
        } catch (SQLException | RuntimeException e) {
            d.close();
            throw e instanceof QuarryException q ? q
                    : new ConnectionLostException("could not open the connection that hears watched changes on "
                    + database(), null, e);
        }
        listener = d;
    }

    private void run(TaskContext task) throws InterruptedException {
        long backoff = FIRST_BACKOFF_MILLIS;
        while (!task.isStopping()) {
            try {
                turn(task, listener.connection());
                backoff = FIRST_BACKOFF_MILLIS;
            } catch (SQLException | RuntimeException e) {
                if (task.isStopping()) {
                    return;
                }
                platform.reportCallbackError("the " + database() + " connection of watched queries broke; "
                        + "reopening", e);
                if (!task.await(Duration.ofMillis(backoff))) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                try {
                    reopen();
                } catch (RuntimeException stillDown) {
                    // the next turn fails again and waits longer
                }
            }
        }
    }

    /** A new listener, registered for every watched table; every watch re-runs for what was missed meanwhile. */
    private void reopen() {
        DedicatedConnection old = listener;
        if (old != null) {
            old.close();
        }
        openListener();
        underLock(c -> {
            for (String t : tables) {
                register(c, t, listenerId);
            }
            return null;
        });
        platform.publish(ChangeEvent.publishedForAllTables());
    }
}
