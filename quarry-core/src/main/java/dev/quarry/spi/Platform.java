package dev.quarry.spi;

import dev.quarry.CallbackErrorHandler;
import dev.quarry.query.Prepared;
import dev.quarry.query.Query;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What Quarry's own modules (migrations, watched queries, replicas, the Studio) and users who extend Quarry may use
 * beyond the DSL: the database's capabilities, background tasks tied to the database's lifecycle, dedicated
 * connections outside the pool, the change events of committed writes, the callback error handler, and the
 * resource counts. Obtain it from {@code db.platform()}; a raw connection for one piece of work comes from
 * {@code db.withConnection(...)}. Nothing here needs {@code dev.quarry.internal}. Thread-safe.
 *
 * <h2>Where the next modules plug in</h2>
 * <ul>
 *   <li>Watched queries subscribe to {@link #subscribe change events} for writes made through this handle, and
 *       watch other processes' writes from a {@link #startTask background task} on a
 *       {@link #openDedicatedConnection dedicated connection} (SQLite {@code PRAGMA data_version}, PostgreSQL
 *       {@code LISTEN}).</li>
 *   <li>Migrations and the Studio read the schema and issue DDL through {@code db.withConnection(...)}, deciding by
 *       {@link Capabilities} (transactional DDL, embedded file), never by the database's name.</li>
 *   <li>Replicas run their sync loop as a background task and report failures to
 *       {@link #reportCallbackError}.</li>
 * </ul>
 */
public interface Platform {

    /** What the database can do. */
    Capabilities capabilities();

    /** Reads the live schema into the schema model, and says how this database changes a table it creates. */
    Introspector introspector();

    /** The DDL this database needs for a table definition. */
    DdlOperations ddl();

    /** What this handle holds open right now (connections, statements, cursors, dedicated connections, tasks). */
    ResourceCounts resources();

    /**
     * The pools of connections Quarry keeps itself that no other library reports, read now: SQLite's writer and
     * readers ({@link ConnectionPoolStats}); empty for a HikariCP pool (its own metrics tracker reports it, see
     * {@link #connectionPool}) and for a user's {@code DataSource}. For metrics modules and health pages.
     */
    List<ConnectionPoolStats> connectionPools();

    /**
     * The connection pool Quarry opened for this database, if it is a {@code type}: a
     * {@code com.zaxxer.hikari.HikariDataSource} for a PostgreSQL or MariaDB URL, so a metrics module can attach
     * HikariCP's own metrics tracker. Empty for SQLite's engine, for a user's {@code DataSource} (the application's
     * own, which it reports itself), and for any other type. Do not close or reconfigure what it returns.
     */
    <T> Optional<T> connectionPool(Class<T> type);

    /**
     * Starts {@code task} on a thread of its own named {@code quarry-<name>}, now. The task runs until it returns,
     * throws (the failure goes to the {@link CallbackErrorHandler}) or is stopped; {@code db.close()} stops every
     * task and waits for it (up to the close timeout) before closing connections. A task holds nothing while it
     * waits in {@link TaskContext#await}, in particular not the SQLite writer.
     *
     * @param name a short name for the thread and messages, e.g. "watch-poller"
     * @throws dev.quarry.error.MisuseException if the database is closed
     */
    TaskHandle startTask(String name, BackgroundTask task);

    /**
     * Opens a long-lived connection of its own, outside the pool's accounting, for what holds a connection for the
     * database's lifetime (a PostgreSQL {@code LISTEN}, a SQLite {@code data_version} poller). On SQLite it is a
     * read-only connection to the same file (writes go through the engine's single writer); an in-memory SQLite
     * database has no second connection and refuses. With a user's {@code DataSource} it is borrowed from that
     * DataSource and held until closed. Closed by its owner, or by {@code db.close()} at the latest.
     *
     * @param purpose what it is for, shown in messages and resource counts
     * @throws dev.quarry.error.UnsupportedFeatureException on an in-memory SQLite database
     */
    DedicatedConnection openDedicatedConnection(String purpose);

    /**
     * Tells {@code listener} of every write committed through this handle, once per committed unit of work (a
     * statement outside a transaction, or a whole transaction), after the commit and after the connection and any
     * lock are given back, on the thread that committed; and of every change {@link #publish published} (by the
     * watched queries' change sources, by sync, by the application). Writes by other handles or processes reach
     * listeners only through {@code publish}. A listener must be quick and must not throw: a failure goes to the
     * {@link CallbackErrorHandler}.
     */
    Subscription subscribe(ChangeListener listener);

    /**
     * Tells every {@link #subscribe listener} of a change this handle did not make through its own statements: a
     * write another process committed, rows applied by sync, a change an application announces. Runs the listeners
     * on the calling thread.
     */
    void publish(ChangeEvent event);

    /**
     * The tables {@code query} reads (through joins and subqueries), by name as the schema names them, from the
     * statement this database renders for it.
     *
     * @throws dev.quarry.error.MisuseException for hand-written SQL, whose tables Quarry does not parse
     */
    Set<String> tablesRead(Query query);

    /**
     * The tables a prepared statement reads, as {@link #tablesRead(Query)}.
     *
     * @throws dev.quarry.error.MisuseException for hand-written SQL, or a {@code Prepared} Quarry did not make
     */
    Set<String> tablesRead(Prepared<?> prepared);

    /**
     * Hands a failure of code Quarry or a module called back (a listener, a subscriber, a sync callback) to the
     * database's {@link CallbackErrorHandler}, so it is never lost nor thrown into a caller whose work succeeded.
     *
     * @param source what failed, e.g. "watch subscriber" or "afterCommit callback"
     */
    void reportCallbackError(String source, Throwable error);

    /** How long {@code db.close()} waits for running work and background tasks. */
    Duration closeTimeout();
}
