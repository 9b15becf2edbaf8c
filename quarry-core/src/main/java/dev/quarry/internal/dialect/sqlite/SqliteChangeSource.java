package dev.quarry.internal.dialect.sqlite;

import dev.quarry.ConnectionAccess;
import dev.quarry.Database;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.ChangeSource;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.ChangeListener;
import dev.quarry.spi.Platform;
import dev.quarry.spi.Subscription;
import dev.quarry.spi.TaskContext;
import dev.quarry.spi.TaskHandle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteUpdateListener;

/**
 * What Quarry's own statements do not report on a SQLite file: writes by other connections and processes, and rows
 * written on Quarry's writer by triggers and hand-written SQL.
 *
 * <ul>
 *   <li><b>Other connections and processes</b>: {@code PRAGMA data_version}
 *       (https://www.sqlite.org/pragma.html#pragma_data_version) changes on a connection whenever another
 *       connection commits, never for its own commits. It is read on Quarry's writer, so Quarry's own writes never
 *       count twice; each read holds the writer lock for the microseconds the pragma takes. Such a change names no
 *       table, so every watch re-runs (and, with unchanged results skipped, emits only where its result changed).</li>
 *   <li><b>Triggers and hand-written SQL on the writer</b>: the writer's update hook
 *       (https://www.sqlite.org/c3ref/update_hook.html) names the table of every row written, triggers' rows too.
 *       Its tables are held back at the commit hook, which runs before the commit is durable, and published only
 *       after the poller has taken the writer lock, which it can only do once that commit has ended: a watch never
 *       re-runs before the change is visible. The hook does not fire for WITHOUT ROWID tables, nor for a
 *       {@code DELETE} without {@code WHERE} (the truncate optimisation); Quarry's own statements report those
 *       tables, and docs/watch.md says what stays unseen.</li>
 * </ul>
 *
 * <p>One poller task for the database, started with the first watched table, stopped with the last (close); the
 * hooks are on the writer for the same span. Thread-safe.
 */
public final class SqliteChangeSource implements ChangeSource, SQLiteUpdateListener, SQLiteCommitListener,
        ChangeListener {
    private static final ChangeEvent EVERY_TABLE = ChangeEvent.publishedForAllTables();

    private final Database db;
    private final Platform platform;
    private final Duration interval;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final Set<String> committed = ConcurrentHashMap.newKeySet();
    private TaskHandle poller;
    private Subscription ownWrites;
    private long seen;

    public SqliteChangeSource(Database db, Platform platform, Duration interval) {
        this.db = db;
        this.platform = platform;
        this.interval = interval;
    }

    @Override
    public void watch(String table) {
        if (poller == null) {
            seen = db.withConnection(ConnectionAccess.WRITE, c -> {
                SQLiteConnection writer = c.unwrap(SQLiteConnection.class);
                writer.addUpdateListener(this);
                writer.addCommitListener(this);
                return dataVersion(c);
            }); // before the watch's first run, so whatever commits after it is seen
            ownWrites = platform.subscribe(this);
            poller = platform.startTask("watch-sqlite-changes", this::poll);
        }
    }

    @Override
    public void unwatch(String table) {
        // one poller and one pair of hooks cover every table; they go with the last watch (close)
    }

    @Override
    public void onUpdate(Type type, String database, String table, long rowId) {
        written.add(table);
    }

    @Override
    public void onCommit() {
        committed.addAll(written);
        written.clear();
    }

    @Override
    public void onRollback() {
        written.clear();
    }

    /**
     * After each change event (Quarry's own commits, and what is published): tables the event already names need no
     * second event; if the hooks saw others (a trigger's), the poller publishes them now. An event for every table
     * covers them all. (A table a later transaction on the writer has just committed may be dropped with them; that
     * transaction's own event names it, unless it was hand-written SQL on a lent connection, which Quarry cannot
     * report: docs/watch.md.)
     */
    @Override
    public void onChange(ChangeEvent event) {
        if (event.allTables()) {
            committed.clear();
        } else {
            committed.removeAll(event.tables());
        }
        TaskHandle p = poller;
        if (p != null && !committed.isEmpty()) {
            p.wake();
        }
    }

    private void poll(TaskContext task) {
        while (task.await(interval)) {
            try {
                long now = db.withConnection(ConnectionAccess.WRITE, SqliteChangeSource::dataVersion);
                if (now != seen) {
                    seen = now;
                    platform.publish(EVERY_TABLE);
                }
                publishCommitted();
            } catch (QuarryException e) {
                if (task.isStopping()) {
                    return;
                }
                platform.reportCallbackError("watching for writes Quarry's statements do not report (SQLite)", e);
            }
        }
    }

    /** Called with the writer lock taken and given back since the tables were committed: their commits ended. */
    private void publishCommitted() {
        if (committed.isEmpty()) {
            return;
        }
        Set<String> tables = new HashSet<>();
        for (String t : committed) {
            if (committed.remove(t)) {
                tables.add(t);
            }
        }
        if (!tables.isEmpty()) {
            platform.publish(ChangeEvent.published(tables));
        }
    }

    private static long dataVersion(java.sql.Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        if (poller == null) {
            return;
        }
        ownWrites.close();
        poller.stop(platform.closeTimeout());
        poller = null;
        try {
            db.withConnection(ConnectionAccess.WRITE, c -> {
                SQLiteConnection writer = c.unwrap(SQLiteConnection.class);
                writer.removeUpdateListener(this);
                writer.removeCommitListener(this);
                return null;
            });
        } catch (QuarryException e) {
            // the database is closing: the writer and its hooks go with it
        }
    }
}
