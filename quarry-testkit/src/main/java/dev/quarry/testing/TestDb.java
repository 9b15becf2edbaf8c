package dev.quarry.testing;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.query.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a test written once for every database receives: the database it runs on, the class's shared handle, and
 * helpers that open more handles or raw JDBC connections, which are closed when the test ends (before the leak
 * check runs). A test declares it as a parameter:
 *
 * <pre>{@code
 * @AllDatabases
 * void insertedRecordReadsBackEqual(TestDb t) {
 *     Quarry db = t.use(ARTIST);          // created once per class, emptied for each test
 *     ...
 * }
 * }</pre>
 *
 * <p>Valid during one test only; not thread-safe.
 */
public final class TestDb {
    private final DatabaseScope scope;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    TestDb(DatabaseScope scope) {
        this.scope = scope;
    }

    /** The database this run of the test uses. */
    public TestTarget target() {
        return scope.target();
    }

    /** Whether this run uses {@code t}. */
    public boolean is(TestTarget t) {
        return scope.target() == t;
    }

    /** The class's shared handle, with whatever tables earlier tests left (see {@link #use(Table[])}). */
    public Quarry db() {
        return scope.db();
    }

    /** Makes {@code tables} exist and empty (with every other table this class created), then the shared handle. */
    public Quarry use(Table<?>... tables) {
        return scope.use(tables);
    }

    /** Forgets tables this test dropped itself, so later tests create them again. */
    public void forget(Table<?>... tables) {
        scope.forget(tables);
    }

    /** A new handle on the same schema with {@code settings}, closed after the test. */
    public Quarry open(QuarrySettings settings) {
        Quarry q = scope.open(settings);
        toClose.push(q);
        return q;
    }

    /** A new handle on the same schema with the default settings, closed after the test. */
    public Quarry open() {
        return open(QuarrySettings.DEFAULTS);
    }

    /** A raw JDBC connection into the same schema (auto-commit on), closed after the test. */
    public Connection jdbc() throws SQLException {
        Connection c = scope.jdbc();
        toClose.push(c);
        return c;
    }

    /** The JDBC URL of this test's schema. */
    public String url() {
        return scope.url();
    }

    /** The schema's (or database's) name. */
    public String schemaName() {
        return scope.name();
    }

    /** Closes what this test opened through it, last opened first. */
    void closeAll() throws Exception {
        Exception failure = null;
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return scope.target().label();
    }
}
