package dev.quarry.internal.watch;

import dev.quarry.ConnectionAccess;
import dev.quarry.Database;
import dev.quarry.error.QuarryException;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.Platform;
import dev.quarry.spi.TaskContext;
import dev.quarry.spi.TaskHandle;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;

/**
 * Writes to a SQLite file by other connections and processes, seen through {@code PRAGMA data_version}
 * (https://www.sqlite.org/pragma.html#pragma_data_version): its value changes on a connection whenever another
 * connection commits, and never for the connection's own commits. It is read on Quarry's writer connection, so
 * Quarry's own writes (reported exactly, table by table, on the change bus) never count twice; each read takes the
 * writer lock for the microseconds the pragma needs. Another connection's change names no table, so every watch
 * re-runs (and, with unchanged results skipped, emits only where its result changed).
 *
 * <p>One poller for the database, started with the first watched table, stopped with the last.
 */
final class SqliteDataVersion implements ChangeSource {
    private static final ChangeEvent EVERY_TABLE = new ChangeEvent(Set.of(), true);

    private final Database db;
    private final Platform platform;
    private final Duration interval;
    private TaskHandle poller;
    private long seen;

    SqliteDataVersion(Database db, Platform platform, Duration interval) {
        this.db = db;
        this.platform = platform;
        this.interval = interval;
    }

    @Override
    public void watch(String table) {
        if (poller == null) {
            seen = read(); // before the watch's first run, so a commit after it is seen
            poller = platform.startTask("watch-data-version", this::poll);
        }
    }

    @Override
    public void unwatch(String table) {
        // one poller covers every table; it stops with the last watch (close)
    }

    private void poll(TaskContext task) {
        while (task.await(interval)) {
            try {
                long now = read();
                if (now != seen) {
                    seen = now;
                    platform.publish(EVERY_TABLE);
                }
            } catch (QuarryException e) {
                if (task.isStopping()) {
                    return;
                }
                platform.reportCallbackError("watching for other connections' writes (PRAGMA data_version)", e);
            }
        }
    }

    private long read() {
        return db.withConnection(ConnectionAccess.WRITE, c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.stop(platform.closeTimeout());
            poller = null;
        }
    }
}
