package dev.quarry.micrometer;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.quarry.Quarry;
import dev.quarry.StatementEvent;
import dev.quarry.StatementListener;
import dev.quarry.spi.ConnectionPoolStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Quarry's metrics in a Micrometer {@link MeterRegistry}, with or without Spring: a {@link StatementListener} for
 * the statements, and {@link #bind(Quarry)} for the connections of a database.
 *
 * <pre>{@code
 * QuarryMetrics metrics = new QuarryMetrics(registry, Tags.of("db", "main"));
 * Quarry db = Quarry.open(url, QuarrySettings.builder().onStatement(metrics).build());
 * metrics.bind(db);
 * }</pre>
 *
 * <p>Meters (every one also carries the tags given to the constructor):
 * <ul>
 *   <li>{@value #STATEMENTS} (timer): each statement, tagged {@code kind} (query, insert, update, delete, ddl,
 *       other), {@code table} and {@code outcome} (success, failure). {@code table} is the table a write writes, or
 *       the tables a query reads, comma-separated in name order; {@code unknown} for hand-written SQL and
 *       transaction control, whose tables Quarry does not parse. No SQL text and no value is ever a tag, so the
 *       number of series is bounded by the statements the application's code holds.</li>
 *   <li>{@value #FAILURES} (counter): failed statements, tagged {@code kind}, {@code table}, {@code exception}
 *       (the simple name of Quarry's exception type) and {@code retryable} (true when running the work again may
 *       succeed: busy, serialization failure, deadlock, lost connection).</li>
 *   <li>For SQLite's engine, per pool ({@code pool} = sqlite-writer, sqlite-readers): {@value #CONNECTIONS_ACTIVE},
 *       {@value #CONNECTIONS_IDLE}, {@value #CONNECTIONS_PENDING}, {@value #CONNECTIONS_MAX} (gauges) and
 *       {@value #CONNECTIONS_WAIT} (a function timer: how often and how long callers waited for the writer lock or
 *       a reader).</li>
 *   <li>For a PostgreSQL or MariaDB pool Quarry opened from a URL: HikariCP's own {@code hikaricp.connections.*}
 *       meters, tagged {@code pool}. A {@code DataSource} of the application's is its own to report.</li>
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class QuarryMetrics implements StatementListener {
    /** The statement timer. */
    public static final String STATEMENTS = "quarry.statements";
    /** The failed-statement counter. */
    public static final String FAILURES = "quarry.statements.failures";
    /** Connections lent now, per pool. */
    public static final String CONNECTIONS_ACTIVE = "quarry.connections.active";
    /** Connections idle now, per pool. */
    public static final String CONNECTIONS_IDLE = "quarry.connections.idle";
    /** Threads waiting for a connection now (for the writer: its lock), per pool. */
    public static final String CONNECTIONS_PENDING = "quarry.connections.pending";
    /** Connections in the pool. */
    public static final String CONNECTIONS_MAX = "quarry.connections.max";
    /** The waits for a connection (for the writer: its lock), per pool. */
    public static final String CONNECTIONS_WAIT = "quarry.connections.wait";

    private final MeterRegistry registry;
    private final Tags tags;
    private final ConcurrentMap<StatementKey, Timer> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<FailureKey, Counter> failures = new ConcurrentHashMap<>();
    /** The databases bound and not yet closed; the statement meters go when the last one closes. */
    private final Set<Quarry> bound = ConcurrentHashMap.newKeySet();

    /** Metrics in {@code registry}. */
    public QuarryMetrics(MeterRegistry registry) {
        this(registry, Tags.empty());
    }

    /** Metrics in {@code registry}, every meter tagged {@code tags} too (a database's name, say). */
    public QuarryMetrics(MeterRegistry registry, Iterable<Tag> tags) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.tags = Tags.of(tags);
    }

    private record StatementKey(String kind, String table, boolean succeeded) {
    }

    private record FailureKey(String kind, String table, Class<?> exception, boolean retryable) {
    }

    @Override
    public void onStatement(StatementEvent event) {
        String kind = event.kind().name().toLowerCase(Locale.ROOT);
        String table = table(event);
        timers.computeIfAbsent(new StatementKey(kind, table, event.succeeded()), k -> Timer.builder(STATEMENTS)
                        .description("statements Quarry ran").tags(tags).tag("kind", k.kind()).tag("table", k.table())
                        .tag("outcome", k.succeeded() ? "success" : "failure").register(registry))
                .record(event.elapsedNanos(), TimeUnit.NANOSECONDS);
        if (!event.succeeded()) {
            failures.computeIfAbsent(new FailureKey(kind, table, event.failure().getClass(),
                    event.failure().isRetryable()), k -> Counter.builder(FAILURES)
                            .description("failed statements, by Quarry's exception type").tags(tags)
                            .tag("kind", k.kind()).tag("table", k.table())
                            .tag("exception", k.exception().getSimpleName())
                            .tag("retryable", Boolean.toString(k.retryable())).register(registry))
                    .increment();
        }
    }

    /** The {@code table} tag of {@code event}: written table, else read tables in name order; never SQL text. */
    static String table(StatementEvent event) {
        if (!event.tablesKnown()) {
            return "unknown";
        }
        Set<String> tables = event.tablesWritten().isEmpty() ? event.tablesRead() : event.tablesWritten();
        if (tables.isEmpty()) {
            return "none";
        }
        return tables.size() == 1 ? tables.iterator().next() : String.join(",", new TreeSet<>(tables));
    }

    /**
     * Registers the connection meters of {@code db}: HikariCP's own tracker on a pool Quarry opened (unless one is
     * attached already), SQLite's writer lock and readers. Call once per database, after opening it.
     *
     * <p>When {@code db} closes, its connection meters leave the registry (HikariCP removes its own when its pool
     * closes), and when the last database bound to these metrics has closed, the statement meters leave too: a
     * closed database reports nothing, and a registry kept by a longer-lived application (a test suite, a server
     * that opens a database per tenant) does not fill up. Meters already registered under the same name and tags
     * (a second database bound without tags of its own) stay with the database that registered them.
     *
     * @return this
     */
    public QuarryMetrics bind(Quarry db) {
        Objects.requireNonNull(db, "db");
        db.platform().connectionPool(HikariDataSource.class).ifPresent(pool -> {
            if (pool.getMetricsTrackerFactory() == null && pool.getMetricRegistry() == null) {
                pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
            }
        });
        List<Meter> owned = new ArrayList<>();
        for (ConnectionPoolStats pool : db.platform().connectionPools()) {
            bindPool(db, pool.pool(), owned);
        }
        bound.add(db);
        // An AutoCloseable extension is closed by db.close() (Quarry's published API): the hook for "db closed".
        db.extension(BoundMeters.class, d -> new BoundMeters()).add(() -> unbind(db, owned));
        return this;
    }

    private void unbind(Quarry db, List<Meter> owned) {
        owned.forEach(registry::remove);
        bound.remove(db);
        if (bound.isEmpty()) {
            // A statement racing this removal could register a meter again; none runs on a closed database.
            timers.values().forEach(registry::remove);
            timers.clear();
            failures.values().forEach(registry::remove);
            failures.clear();
        }
    }

    private void bindPool(Quarry db, String name, List<Meter> owned) {
        Tags poolTags = tags.and("pool", name);
        gauge(CONNECTIONS_ACTIVE, "connections lent now", db, name, poolTags, ConnectionPoolStats::active, owned);
        gauge(CONNECTIONS_IDLE, "connections idle now", db, name, poolTags, ConnectionPoolStats::idle, owned);
        gauge(CONNECTIONS_PENDING, "threads waiting for a connection now", db, name, poolTags,
                ConnectionPoolStats::pending, owned);
        gauge(CONNECTIONS_MAX, "connections in the pool", db, name, poolTags, ConnectionPoolStats::size, owned);
        if (registry.find(CONNECTIONS_WAIT).tags(poolTags).meter() == null) {
            owned.add(FunctionTimer.builder(CONNECTIONS_WAIT, db, d -> stat(d, name, ConnectionPoolStats::waits),
                            d -> stat(d, name, ConnectionPoolStats::waitNanos), TimeUnit.NANOSECONDS)
                    .description("waits for a connection (the writer: its lock) when none was free").tags(poolTags)
                    .register(registry));
        }
    }

    private void gauge(String meter, String description, Quarry db, String pool, Tags poolTags,
                       ToLongFunction<ConnectionPoolStats> value, List<Meter> owned) {
        if (registry.find(meter).tags(poolTags).meter() == null) {
            owned.add(Gauge.builder(meter, db, d -> stat(d, pool, value)).description(description)
                    .tags(poolTags).register(registry));
        }
    }

    /** The meter removals of every {@link QuarryMetrics} bound to one database, run when it closes. */
    private static final class BoundMeters implements AutoCloseable {
        private final List<Runnable> removals = new CopyOnWriteArrayList<>();

        void add(Runnable removal) {
            removals.add(removal);
        }

        @Override
        public void close() {
            removals.forEach(Runnable::run);
        }
    }

    private static long stat(Quarry db, String pool, ToLongFunction<ConnectionPoolStats> value) {
        for (ConnectionPoolStats s : db.platform().connectionPools()) {
            if (s.pool().equals(pool)) {
                return value.applyAsLong(s);
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return "QuarryMetrics" + tags;
    }
}
