package dev.quarry.internal.engine;

import dev.quarry.spi.BackgroundTask;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.ChangeListener;
import dev.quarry.spi.ConnectionPoolStats;
import dev.quarry.schema.Identifiers;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.DdlOperations;
import dev.quarry.internal.dialect.DdlView;
import dev.quarry.spi.DedicatedConnection;
import dev.quarry.spi.Introspector;
import dev.quarry.spi.Platform;
import dev.quarry.spi.ResourceCounts;
import dev.quarry.spi.Subscription;
import dev.quarry.spi.TaskHandle;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dev.quarry.query.Prepared;
import dev.quarry.query.Query;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.error.MisuseException;

/**
 * The {@link Platform} of one database: its background tasks, dedicated connections, change listeners, callback
 * errors and resource counts. {@link #shutDown} runs first in {@code close()}: tasks stopped and waited for,
 * dedicated connections closed, before the connection source closes. Thread-safe.
 */
final class PlatformServices implements Platform {
    private final EngineContext ctx;
    private final WorkGate gate;
    private final BackgroundTasks tasks;
    private final List<Dedicated> dedicated = new ArrayList<>();

    PlatformServices(EngineContext ctx, WorkGate gate) {
        this.ctx = ctx;
        this.gate = gate;
        this.tasks = new BackgroundTasks(ctx.name(), ctx.callbacks(), ctx.tracker());
    }

    @Override
    public Capabilities capabilities() {
        return ctx.dialect().capabilities();
    }

    @Override
    public Introspector introspector() {
        return ctx.dialect().introspector();
    }

    /** The dialect's DDL behind an adapter, so what a module holds is the DDL and nothing else of the dialect. */
    @Override
    public DdlOperations ddl() {
        return new DdlView(ctx.dialect());
    }

    @Override
    public ResourceCounts resources() {
        return ctx.tracker().snapshot();
    }

    @Override
    public List<ConnectionPoolStats> connectionPools() {
        return ctx.source().poolStats();
    }

    @Override
    public <T> Optional<T> connectionPool(Class<T> type) {
        Objects.requireNonNull(type, "type");
        Object pool = ctx.source().pool();
        return type.isInstance(pool) ? Optional.of(type.cast(pool)) : Optional.empty();
    }

    @Override
    public TaskHandle startTask(String name, BackgroundTask task) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        gate.check();
        return tasks.start(name, task);
    }

    @Override
    public DedicatedConnection openDedicatedConnection(String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        gate.check();
        Connection c;
        try {
            c = ctx.source().openDedicated();
        } catch (SQLException e) {
            throw ctx.dialect().translate(e, null);
        }
        Dedicated d = new Dedicated(c, purpose, ctx.tracker(), this::forget);
        synchronized (dedicated) {
            dedicated.add(d);
        }
        return d;
    }

    private void forget(Dedicated d) {
        synchronized (dedicated) {
            dedicated.remove(d);
        }
    }

    @Override
    public Subscription subscribe(ChangeListener listener) {
        Objects.requireNonNull(listener, "listener");
        gate.check();
        return ctx.changes().subscribe(listener);
    }

    @Override
    public void publish(ChangeEvent event) {
        Objects.requireNonNull(event, "event");
        gate.check();
        ctx.changes().publish(event.published() ? event
                : new ChangeEvent(event.tables(), event.allTables(), true)); // whatever comes here is published
    }

    @Override
    public Set<String> tablesRead(Query query) {
        Objects.requireNonNull(query, "query");
        Rendered r = ctx.dialect().render(query);
        if (!r.tablesKnown()) {
            throw unknownTables();
        }
        return r.tablesRead();
    }

    @Override
    public Set<String> tablesRead(Prepared<?> prepared) {
        Objects.requireNonNull(prepared, "prepared");
        Set<String> tables = prepared instanceof PreparedQuery<?> p ? p.tablesReadOrNull() : null;
        if (tables == null) {
            throw unknownTables();
        }
        return tables;
    }

    private static MisuseException unknownTables() {
        return new MisuseException("Quarry does not parse hand-written SQL, so the tables it reads are unknown; "
                + "name them (LiveQuery.readingTables)");
    }

    @Override
    public void reportCallbackError(String source, Throwable error) {
        ctx.callbacks().report(Objects.requireNonNull(source, "source"), Objects.requireNonNull(error, "error"));
    }

    @Override
    public Duration closeTimeout() {
        return ctx.settings().closeTimeout();
    }

    /** Stops every background task (waiting up to {@code timeout}), then closes every dedicated connection. */
    boolean shutDown(Duration timeout) {
        boolean stopped = tasks.stopAll(timeout);
        List<Dedicated> open;
        synchronized (dedicated) {
            open = new ArrayList<>(dedicated);
        }
        open.forEach(Dedicated::close);
        return stopped;
    }
}
