package dev.quarry.internal.engine;

import dev.quarry.ConnectionAccess;
import dev.quarry.ConnectionWork;
import dev.quarry.OpenTransaction;
import dev.quarry.QuarryEngine;
import dev.quarry.QuarrySettings;
import dev.quarry.SchemaOperations;
import dev.quarry.TransactionOptions;
import dev.quarry.TransactionWork;
import dev.quarry.error.MisuseException;
import dev.quarry.query.Executor;
import dev.quarry.schema.Identifiers;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.ExternalTransaction;
import dev.quarry.spi.ExternalTransactions;
import dev.quarry.spi.Platform;
import dev.quarry.internal.watch.WatchHub;
import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import dev.quarry.watch.WatchOptions;
import dev.quarry.Isolation;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link dev.quarry.Quarry}: one connection source, the executor of plain statements, the
 * transactions, the schema operations and the shutdown. Thread-safe.
 *
 * <p>How it works. Statements outside a transaction borrow a connection per statement ({@link DatabaseRoute}).
 * {@link #transaction} borrows one for the whole body (on SQLite: the writer under its lock, or a reader for a
 * read-only transaction) and registers the running {@link TransactionScope} in a thread-local of this database.
 * <b>A call on {@code db} (not {@code tx}) from the thread running a body joins that body's transaction</b>: a
 * statement runs in it, {@code db.transaction(...)} becomes a savepoint in it. So such code neither deadlocks on the
 * SQLite writer lock it already holds nor, on a server, takes a second pooled connection that cannot see the
 * uncommitted rows. Other threads are not joined: they wait for the writer as any writer does (up to the acquire
 * timeout, whose error names the thread holding it). A {@link WorkGate} counts running work so {@link #close()} can
 * wait for it.
 *
 * <p>With {@link ExternalTransactions} in the settings, a thread that runs in a transaction begun outside Quarry
 * (and in none of Quarry's own) has its statements run on that transaction's connection ({@link DatabaseRoute}) and
 * its {@code transaction(...)} run as a savepoint of it ({@link TransactionScope#external}).
 * {@link #beginTransaction} opens the split form, a {@link HeldTransaction}.
 */
final class QuarryHandle implements QuarryEngine {
    private static final Logger LOG = LoggerFactory.getLogger(QuarryHandle.class);

    private final EngineContext ctx;
    private final WorkGate gate;
    private final ThreadLocal<TransactionScope> current = new ThreadLocal<>();
    /** The held transactions each thread suspended, and the guard against writing outside them. */
    private final SuspendedScopes suspended = new SuspendedScopes();
    /** The transactions begun outside Quarry that this database joins, or null. */
    private final ExternalTransactions external;
    private final DatabaseRoute route;
    private final JdbcExecutor executor;
    private final PlatformServices platform;
    private WatchHub watches; // made by the first watch; guarded by this

    private QuarryHandle(ConnectionSource source, QuarrySettings settings, String name, ResourceTracker tracker) {
        this.ctx = EngineContext.of(source, settings, name, tracker);
        this.gate = ctx.gate();
        this.external = settings.externalTransactions();
        this.route = new DatabaseRoute(ctx, gate, current, suspended);
        this.executor = new JdbcExecutor(route);
        this.platform = new PlatformServices(ctx, gate);
    }

    /** Opens {@code url}: the SQLite engine for {@code jdbc:sqlite:}, a HikariCP pool for a server URL. */
    static QuarryHandle open(String url, QuarrySettings settings) {
        return open(url, settings, DialectResolver.DEFAULT);
    }

    /**
     * Opens {@code url}. Whatever fails, the exception that leaves holds no password of the URL or the settings
     * ({@link Secrets#scrubThrown}); the sources mask their own messages, this is the last guard.
     */
    static QuarryHandle open(String url, QuarrySettings settings, DialectResolver resolver) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(settings, "settings");
        Secrets secrets = Secrets.of(url, settings);
        String name = secrets.redact(url);
        if (settings.externalTransactions() != null) {
            throw new MisuseException("externalTransactions joins transactions begun outside Quarry on the "
                    + "connections of a DataSource, but " + name + " is opened from its URL, and its connections are "
                    + "Quarry's own: open it with Quarry.open(dataSource, settings), or leave the setting out");
        }
        ResourceTracker tracker = new ResourceTracker();
        ConnectionSource source;
        try {
            if (SqliteUrl.accepts(url)) {
                source = SqliteEngine.open(url, settings, resolver, tracker);
            } else if (ServerUrl.accepts(url)) {
                source = PooledSource.open(url, settings, resolver, tracker);
            } else {
                throw new MisuseException("Quarry opens jdbc:sqlite:, jdbc:postgresql:, jdbc:mariadb: and "
                        + "jdbc:mysql: URLs, not '" + name + "'; for anything else pass a DataSource");
            }
        } catch (IllegalArgumentException e) {
            // a URL or setting the database being opened cannot take (DriverProperties, the dialects' driver
            // properties): a QuarryException like every error of opening, passwords masked
            throw secrets.scrubThrown(new MisuseException(e.getMessage(), e));
        } catch (RuntimeException e) {
            throw secrets.scrubThrown(e);
        }
        return opened(source, settings, name, tracker);
    }

    /** Uses {@code dataSource} as it is; {@link #close()} leaves it open. */
    static QuarryHandle open(DataSource dataSource, QuarrySettings settings) {
        return open(dataSource, settings, DialectResolver.DEFAULT);
    }

    static QuarryHandle open(DataSource dataSource, QuarrySettings settings, DialectResolver resolver) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(settings, "settings");
        ResourceTracker tracker = new ResourceTracker();
        ConnectionSource source;
        try {
            source = UserDataSource.open(dataSource, settings, resolver, tracker);
        } catch (RuntimeException e) {
            throw Secrets.of(settings).scrubThrown(e);
        }
        return opened(source, settings, dataSource.getClass().getSimpleName(), tracker);
    }

    /** The handle on an open source, after the one warning about settings it does not use. */
    private static QuarryHandle opened(ConnectionSource source, QuarrySettings settings, String name,
                                       ResourceTracker tracker) {
        QuarryHandle handle = new QuarryHandle(source, settings, name, tracker);
        UnusedSettings.report(LOG, handle.toString(), settings, source.settingsUsed());
        return handle;
    }

    @Override
    public Executor executor() {
        gate.check();
        return executor;
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionWork<T, X> work) throws X {
        return transaction(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionOptions options, TransactionWork<T, X> work) throws X {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        TransactionScope bound = current.get();
        OuterTransaction outer = OuterTransaction.of(bound, external);
        if (outer.lent() != null) {
            return transactionIn(outer.lent(), options, work, bound);
        }
        TransactionScope joined = outer.scope();
        // a bound scope not joined is a savepoint of a suspended outer transaction: this one runs on its own, then
        // that scope is bound again
        TransactionScope previous = joined == null ? bound : null;
        if (joined != null) {
            return joined.nested(joined.innermost(), options, work);
        }
        gate.enter();
        try {
            return runTransaction(options, work, previous);
        } finally {
            gate.exit();
        }
    }

    private <T, X extends Exception> T runTransaction(TransactionOptions options, TransactionWork<T, X> work,
                                                      TransactionScope previous) throws X {
        Lease lease = suspended.acquire(ctx, options.readOnly() ? Access.READ : Access.WRITE);
        TransactionScope scope = new TransactionScope(ctx,
                new Session(lease, ctx, options.readOnly() ? TransactionScope.READ_ONLY_TX : null), options);
        current.set(scope);
        T result;
        try {
            result = scope.runOutermost(work);
        } catch (Throwable t) {
            restore(previous);
            lease.close();
            ctx.afterRelease(scope.session, false);
            scope.runCallbacks();
            throw t;
        }
        restore(previous);
        lease.close();
        ctx.afterRelease(scope.session, scope.committed());
        scope.runCallbacks();
        return result;
    }

    private void restore(TransactionScope previous) {
        if (previous == null) {
            current.remove();
        } else {
            current.set(previous);
        }
    }

    /**
     * Runs {@code work} as a savepoint of {@code tx}, a transaction begun outside Quarry, on its connection; the
     * callbacks wait for {@code tx} to end. {@code previous} is the scope bound to the thread before, if any.
     */
    private <T, X extends Exception> T transactionIn(ExternalTransaction tx, TransactionOptions options,
                                                     TransactionWork<T, X> work, TransactionScope previous) throws X {
        try {
            if (options.readOnly() && !tx.readOnly()) {
                throw new MisuseException("a read-only transaction cannot be a savepoint of the read-write "
                        + "transaction begun outside Quarry that this thread runs in; make that one read-only, or "
                        + "drop READ_ONLY here");
            }
            if (options.isolation() != Isolation.DEFAULT) {
                throw new MisuseException("a transaction joined to one begun outside Quarry runs at that one's "
                        + "isolation, not " + options.isolation() + "; set the isolation where it begins");
            }
            gate.enter();
            try (Lease lease = route.lend(tx)) {
                TransactionScope scope = new TransactionScope(ctx,
                        new Session(lease, ctx, tx.readOnly() ? DatabaseRoute.EXTERNAL_READ_ONLY : null),
                        new TransactionOptions(tx.readOnly(), Isolation.DEFAULT), tx);
                current.set(scope);
                try {
                    return scope.runOutermost(work);
                } finally {
                    restore(previous);
                    ctx.afterExternalUse(scope.session, tx, scope);
                }
            } finally {
                gate.exit();
            }
        } finally {
            tx.release();
        }
    }

    /**
     * Begins as {@link #transaction} does, and leaves the transaction bound to the thread until a
     * {@link HeldTransaction} call ends it. A read-write one needs a connection no transaction this thread suspended
     * holds: SQLite's writer lock is reentrant, so the engine would lend the same writer.
     */
    @Override
    public OpenTransaction beginTransaction(TransactionOptions options) {
        Objects.requireNonNull(options, "options");
        if (current.get() != null) {
            throw new MisuseException("a transaction of this database already runs on this thread; nest with "
                    + "db.transaction(...) (a savepoint) or suspend it first");
        }
        gate.enter();
        try {
            Lease lease = suspended.acquire(ctx, options.readOnly() ? Access.READ : Access.WRITE);
            TransactionScope scope = new TransactionScope(ctx,
                    new Session(lease, ctx, options.readOnly() ? TransactionScope.READ_ONLY_TX : null), options);
            TxFrame root;
            try {
                root = scope.begin();
            } catch (RuntimeException | Error e) {
                lease.close();
                ctx.afterRelease(scope.session, false);
                throw e;
            }
            current.set(scope);
            return new HeldTransaction(ctx, current, suspended, scope, root, lease);
        } catch (RuntimeException | Error e) {
            gate.exit();
            throw e;
        }
    }

    @Override
    public SchemaOperations schema() {
        gate.check();
        return new SchemaRunner(route);
    }

    @Override
    public Capabilities capabilities() {
        return ctx.dialect().capabilities();
    }

    @Override
    public <T> T withConnection(ConnectionAccess access, ConnectionWork<T> work) {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(work, "work");
        return LentConnection.run(route, access, work);
    }

    @Override
    public <T> Watch<T> watch(LiveQuery<T> query, WatchOptions options) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(options, "options");
        gate.check();
        WatchHub hub;
        synchronized (this) {
            if (watches == null) {
                watches = new WatchHub(this, platform, ctx.name(), () -> ctx.dialect().changeSource(this, platform,
                        ctx.settings().changePollInterval()));
            }
            hub = watches;
        }
        return hub.watch(query, options);
    }

    @Override
    public Platform platform() {
        return platform;
    }

    @Override
    public String dialectName() {
        return ctx.dialect().name();
    }

    @Override
    public String quote(String identifier) {
        return ctx.dialect().quote(Identifiers.check("identifier", identifier));
    }

    @Override
    public boolean isClosing() {
        return gate.isClosed();
    }

    /** The connection source (for tests in this package). */
    ConnectionSource source() {
        return ctx.source();
    }

    /**
     * Refuses new work, waits for running work (statements, transactions, open streams) up to the close timeout,
     * then closes every connection Quarry opened. Work still running then fails with a
     * {@link MisuseException}, and so does reading a stream left open. Idempotent.
     */
    @Override
    public void close() {
        if (current.get() != null) {
            throw new MisuseException("close() was called inside a transaction body of this database; it would wait "
                    + "for itself. Close the database after the transaction returns");
        }
        if (gate.isClosed()) {
            return;
        }
        WatchHub hub;
        synchronized (this) {
            hub = watches;
        }
        if (hub != null) {
            hub.close(); // its change sources hold tasks, dedicated connections and (on servers) triggers
        }
        // Background tasks first: they may be running work the gate waits for, and must see the stop to end it.
        if (!platform.shutDown(ctx.settings().closeTimeout())) {
            LOG.warn("closing {}: a background task did not stop within the close timeout of {} ms", ctx.name(),
                    ctx.settings().closeTimeout().toMillis());
        }
        if (!gate.close(ctx.settings().closeTimeout())) {
            return;
        }
        int left = gate.running();
        if (left > 0) {
            LOG.warn("closing {} with {} unit(s) of work still running after the close timeout of {} ms; their "
                    + "connections are closed under them", ctx.name(), left, ctx.settings().closeTimeout().toMillis());
        }
        gate.shut(); // before the connections close, so work that fails on them sees why
        ctx.source().close();
    }

    @Override
    public String toString() {
        return "Quarry(" + ctx.name() + ", " + ctx.dialect().name() + ")";
    }

    /** The ad-hoc plans cache, for tests (a package-private seam). */
    PlanCache plans() {
        return ctx.plans();
    }

    /** The insert templates cache, for tests (a package-private seam). */
    InsertTemplates insertTemplates() {
        return ctx.insertTemplates();
    }
}
