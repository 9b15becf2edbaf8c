package dev.quarry;

import dev.quarry.query.Select;
import dev.quarry.query.Table;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import dev.quarry.watch.WatchOptions;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import dev.quarry.query.Executor;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A database: the handle an application opens once and shares. Thread-safe.
 *
 * <pre>{@code
 * try (Quarry db = Quarry.open("jdbc:sqlite:app.db")) {
 *     db.schema().createIfNotExists(USER);
 *     db.insertInto(USER).values(user).execute();
 *     Optional<User> u = db.selectFrom(USER).where(USER.email.eq(email)).fetchOptional();
 * }
 * }</pre>
 *
 * <p>A {@code jdbc:sqlite:} URL gets Quarry's SQLite engine: one writer connection behind an in-process lock, so
 * writes queue in Java and never meet {@code SQLITE_BUSY}, and a pool of read-only readers in WAL mode, so reads
 * never wait for writes. {@code jdbc:postgresql:} and {@code jdbc:mariadb:} / {@code jdbc:mysql:} URLs get a HikariCP
 * pool; a {@link DataSource} is used as it is and not closed by Quarry.
 *
 * <p>Inside a transaction body, calls on this handle made from the body's thread join the transaction (a statement
 * runs in it, a nested {@code transaction(...)} becomes a savepoint), exactly as calls on the {@link Transaction}
 * would. After {@link #close()} every use is a {@link dev.quarry.error.MisuseException}.
 */
public final class Quarry implements Database, AutoCloseable {
    private final QuarryEngine handle;
    private final Map<Class<?>, Object> extensions = new LinkedHashMap<>();

    private Quarry(QuarryEngine handle) {
        this.handle = handle;
    }

    private static Quarry opened(QuarryEngine handle) {
        Quarry db = new Quarry(handle);
        QuarryObservers.opened(db);
        return db;
    }

    /** Opens {@code url} with the default settings. */
    public static Quarry open(String url) {
        return open(url, QuarrySettings.DEFAULTS);
    }

    /**
     * Opens {@code url} with {@code settings}.
     *
     * @throws dev.quarry.error.MisuseException for a URL Quarry does not open, a server URL whose JDBC driver is
     *         not on the class path (the message names the artifact to add), or a setting this database cannot
     *         honour
     * @throws dev.quarry.error.QuarryException when the database cannot be opened; the message names it, with any
     *         password masked
     */
    public static Quarry open(String url, QuarrySettings settings) {
        return opened(Engines.factory().open(url, settings));
    }

    /**
     * The DDL of the database Quarry names {@code database} ({@code "sqlite"}, {@code "postgresql"},
     * {@code "mariadb"}: what {@link #dialectName()} says), without a connection: to write migration files for a
     * database that is not at hand. It is the DDL of the oldest version that can make every schema change (SQLite
     * 3.35, PostgreSQL 12, MariaDB 10.5) with the server's default settings; on MariaDB that means a backslash in a
     * string default is escaped, as without {@code NO_BACKSLASH_ESCAPES} in {@code sql_mode}. A handle's own
     * {@code platform().ddl()} follows its server's version and settings.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static dev.quarry.spi.DdlOperations ddlOf(String database) {
        return Engines.factory().ddl(database);
    }

    /** Uses {@code dataSource} as it is; {@link #close()} leaves it open. */
    public static Quarry open(DataSource dataSource, QuarrySettings settings) {
        return opened(Engines.factory().open(dataSource, settings));
    }

    @Override
    public Executor executor() {
        return handle.executor();
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionWork<T, X> work) throws X {
        return handle.transaction(work);
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionOptions options, TransactionWork<T, X> work) throws X {
        return handle.transaction(options, work);
    }

    /**
     * Begins a transaction with {@code options} and leaves it open, bound to the calling thread, until its
     * {@link OpenTransaction#commit()} or {@link OpenTransaction#rollback()}. This is for framework integrations
     * whose transactions begin and end in separate calls (Spring's {@code PlatformTransactionManager} in
     * quarry-spring-boot-autoconfigure); applications use {@link #transaction(TransactionWork)}, which cannot be
     * left open. It takes its connection as {@code transaction(...)} does: on SQLite the single writer (held, with its
     * lock, until the end) or, when read-only, a reader.
     *
     * @throws dev.quarry.error.MisuseException if a transaction of this database already runs on this thread (nest
     *         with {@code transaction(...)}, a savepoint, instead), or if this is a read-write transaction begun
     *         while one suspended on this thread holds the only connection it could use (SQLite's writer)
     * @throws dev.quarry.error.BusyException if no connection comes within the acquire timeout
     */
    public OpenTransaction beginTransaction(TransactionOptions options) {
        return handle.beginTransaction(options);
    }

    @Override
    public SchemaOperations schema() {
        return handle.schema();
    }

    @Override
    public String dialectName() {
        return handle.dialectName();
    }

    @Override
    public String quote(String identifier) {
        return handle.quote(identifier);
    }

    @Override
    public Capabilities capabilities() {
        return handle.capabilities();
    }

    @Override
    public <T> T withConnection(ConnectionAccess access, ConnectionWork<T> work) {
        return handle.withConnection(access, work);
    }

    /**
     * Watches {@code select}: its rows now, and again after every committed change to a table it reads (through
     * joins and subqueries), whoever made the change, with the {@link WatchOptions#DEFAULTS default options}. The
     * watch is cold: each subscriber runs its own query. See docs/watch.md for the semantics and, per database,
     * where changes are seen.
     *
     * <pre>{@code
     * try (var live = db.watch(db.selectFrom(TODO).where(TODO.done.eq(false)))
     *         .listen(todos -> view.show(todos), error -> log.warn("watch ended", error))) {
     *     ...
     * }
     * }</pre>
     *
     * @throws dev.quarry.error.MisuseException if the database is closed
     */
    public <R> Watch<List<R>> watch(Select<R> select) {
        return watch(LiveQuery.of(select), WatchOptions.DEFAULTS);
    }

    /** {@link #watch(Select)} with {@code options}. */
    public <R> Watch<List<R>> watch(Select<R> select, WatchOptions options) {
        return watch(LiveQuery.of(select), options);
    }

    /** Watches what the DSL alone cannot describe: a prepared query, hand-written SQL, a relation load. */
    public <T> Watch<T> watch(LiveQuery<T> query) {
        return watch(query, WatchOptions.DEFAULTS);
    }

    /**
     * {@link #watch(LiveQuery)} with {@code options}.
     *
     * @throws dev.quarry.error.MisuseException if the database is closed, or if the query's tables are unknown
     *                                          (hand-written SQL must name them)
     */
    public <T> Watch<T> watch(LiveQuery<T> query, WatchOptions options) {
        return handle.watch(query, options);
    }

    /**
     * Tells this database's watches (and every change listener) that {@code tables} changed by a means Quarry cannot
     * see: a bulk load by another tool, a file replaced, a change on a server reached some other way.
     */
    public void announceChanges(Table<?>... tables) {
        Set<String> names = new LinkedHashSet<>();
        for (Table<?> t : tables) {
            names.add(t.name());
        }
        announceChanges(names);
    }

    /** {@link #announceChanges(Table[])} by table name. */
    public void announceChanges(Collection<String> tables) {
        handle.platform().publish(ChangeEvent.published(Set.copyOf(tables)));
    }

    /**
     * What modules built on Quarry use beyond the DSL: background tasks, dedicated connections, change events, the
     * callback error handler, resource counts. See {@link Platform} and docs/spi.md.
     */
    public Platform platform() {
        return handle.platform();
    }

    /**
     * The one {@code type} extension of this database, made by {@code factory} on first use: how a module attaches
     * itself to a database (its migrations runner, its watcher) so every part of an application shares one. An
     * extension that is {@link AutoCloseable} is closed by {@link #close()}, last made first, before any connection.
     *
     * @throws dev.quarry.error.MisuseException if the database is closed
     */
    public <E> E extension(Class<E> type, Function<? super Quarry, ? extends E> factory) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
        executor(); // fails once closed
        synchronized (extensions) {
            Object existing = extensions.get(type);
            if (existing != null) {
                return type.cast(existing);
            }
        }
        E made = Objects.requireNonNull(factory.apply(this), "the extension factory returned null");
        synchronized (extensions) {
            Object raced = extensions.putIfAbsent(type, made);
            if (raced != null) {
                closeQuietly(made);
                return type.cast(raced);
            }
        }
        return made;
    }

    private void closeQuietly(Object extension) {
        if (extension instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                handle.platform().reportCallbackError("closing extension " + extension.getClass().getName(), e);
            }
        }
    }

    /**
     * Closes the extensions (last made first), stops background tasks, waits for running work up to the close
     * timeout, then closes every connection Quarry opened; work still running then, and reading on from a stream
     * left open, fail with a {@link dev.quarry.error.MisuseException}. Idempotent.
     */
    @Override
    public void close() {
        List<Object> made;
        synchronized (extensions) {
            made = new ArrayList<>(extensions.values());
            extensions.clear();
        }
        Collections.reverse(made);
        made.forEach(this::closeQuietly);
        boolean wasOpen = !handle.isClosing();
        handle.close();
        if (wasOpen) {
            QuarryObservers.closed(this);
        }
    }

    @Override
    public String toString() {
        return handle.toString();
    }
}
