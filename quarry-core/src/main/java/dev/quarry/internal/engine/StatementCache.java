package dev.quarry.internal.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, kept by SQL text and evicted least recently used first. sqlite-jdbc
 * caches nothing, and preparing is about 45 % of a point read (DESIGN.md: reuse took a point read from ~117k to
 * ~208k ops/s). A statement handed out is marked in use, so a nested use of the same SQL on the same connection
 * (a mapper that queries, a stream) gets a fresh, uncached statement instead of resetting the first.
 *
 * <p>Belongs to one connection and is used only by the thread that holds that connection: not thread-safe. For a
 * pooled server connection it belongs to the driver's connection under the pool's proxy and outlives each loan
 * ({@link PooledSource}); the pool's hand-over orders one holder's use before the next's.
 */
final class StatementCache {
    private final Connection connection;
    private final int capacity;
    /** The handle's resource counts, which this cache and everything using it report to. */
    final ResourceTracker tracker;
    private final LinkedHashMap<String, Handle> entries;

    StatementCache(Connection connection, int capacity, ResourceTracker tracker) {
        this.tracker = tracker;
        this.connection = connection;
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A statement taken from the cache or prepared; give it back with {@link #release(Handle)}. */
    static final class Handle {
        final PreparedStatement statement;
        final boolean cached;
        boolean inUse;
        boolean evicted;
        /** Whether a value bound since it was handed out must not stay with it ({@link LargeValues}). */
        boolean retainsLarge;

        Handle(PreparedStatement statement, boolean cached) {
            this.statement = statement;
            this.cached = cached;
        }
    }

    /** A statement for {@code sql}; with {@code generatedKeys} it returns generated keys and is never cached. */
    Handle acquire(String sql, boolean generatedKeys) throws SQLException {
        if (capacity > 0 && !generatedKeys) {
            Handle h = entries.get(sql);
            if (h != null && !h.inUse) {
                h.inUse = true;
                return h;
            }
            if (h == null) {
                h = new Handle(connection.prepareStatement(sql), true);
                h.inUse = true;
                entries.put(sql, h);
                evictOverflow();
                return h;
            }
        }
        return fresh(sql, generatedKeys);
    }

    /** A new statement, never cached: for cursors held open (streams) and one-off DDL. */
    Handle fresh(String sql, boolean generatedKeys) throws SQLException {
        return fresh(connection, sql, generatedKeys);
    }

    /**
     * A new statement on {@code on}, never cached: a stream's cursor is prepared on the lease's own connection, so a
     * pool that closes a lent connection's statements when it comes back still closes a stream left open.
     */
    Handle fresh(Connection on, String sql, boolean generatedKeys) throws SQLException {
        PreparedStatement ps = generatedKeys
                ? on.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : on.prepareStatement(sql);
        tracker.statementOpened();
        return new Handle(ps, false);
    }

    /**
     * Returns a statement: a cached one is kept with its last values (every run binds all of them again), unless one
     * was too large to keep ({@link LargeValues}); any other is closed.
     */
    void release(Handle h) throws SQLException {
        if (h.cached && !h.evicted) {
            h.inUse = false;
            if (h.retainsLarge) {
                h.retainsLarge = false;
                h.statement.clearParameters();
            }
            return;
        }
        try {
            h.statement.close();
        } finally {
            // a close that fails (on a broken connection, MariaDB Connector/J fails to skip the rest of a streamed
            // result) still ends our use of the statement: it is never handed out again
            if (!h.cached) {
                tracker.statementClosed();
            }
        }
    }

    private void evictOverflow() throws SQLException {
        Iterator<Map.Entry<String, Handle>> it = entries.entrySet().iterator();
        while (entries.size() > capacity && it.hasNext()) {
            Handle eldest = it.next().getValue();
            it.remove();
            if (eldest.inUse) {
                eldest.evicted = true; // closed when released
            } else {
                eldest.statement.close();
            }
        }
    }

    /** Statements cached now (for tests). */
    int size() {
        return entries.size();
    }

    /** Closes every cached statement (the connection is closing). */
    void clear() {
        for (Handle h : entries.values()) {
            try {
                h.statement.close();
            } catch (SQLException ignored) {
                // the connection closes next and frees the statement with it
            }
        }
        entries.clear();
    }
}
