package dev.quarry.internal.watch;

import dev.quarry.error.MisuseException;
import dev.quarry.internal.dialect.ChangeSource;
import dev.quarry.query.QueryFactory;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.ChangeListener;
import dev.quarry.spi.Platform;
import dev.quarry.spi.Subscription;
import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import dev.quarry.watch.WatchOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The watched queries of one database: its live subscriptions by the tables they read, the change sources in place
 * for those tables, and the threads that re-run queries.
 *
 * <p>How it works. Every committed change reaches {@link #onChange} from the platform's change bus: Quarry's own
 * writes, and what the {@link ChangeSource} publishes for writes made elsewhere. The event is handed to the timer
 * thread at once (the committing thread only enqueues), which marks stale every subscription reading a touched
 * table. Re-runs go to a small fixed pool ({@link WatchThreads}), so a thousand watches use the same few threads.
 * Nothing exists while nobody watches: the change-bus listener, the source's triggers and pollers, and the threads
 * (which end after a short idle time) all come with the first watch and go with the last.
 *
 * <p>Table names compare without case: SQLite and MariaDB fold them, and on PostgreSQL two tables differing only in
 * case cost at most a needless re-run. Thread-safe.
 */
public final class WatchHub implements ChangeListener, AutoCloseable {
    private final QueryFactory database;
    private final Platform platform;
    private final WatchThreads threads;
    private final Supplier<ChangeSource> sources;

    private final Object registry = new Object();
    private final Map<String, Set<LiveSubscription<?>>> byTable = new ConcurrentHashMap<>();
    private final Map<String, Integer> watchedTables = new HashMap<>();
    private final Map<String, String> names = new HashMap<>(); // key -> the name as the schema spells it
    private volatile ChangeSource source;
    private Subscription busSubscription;
    private boolean closed;

    /**
     * @param database runs the queries (a reader on SQLite)
     * @param sources  makes the change source of this database when the first watch begins
     */
    public WatchHub(QueryFactory database, Platform platform, String name, Supplier<ChangeSource> sources) {
        this.database = database;
        this.platform = platform;
        this.threads = new WatchThreads(name);
        this.sources = sources;
    }

    /** A cold watch of {@code query}: the tables it reads are found now, so a query without known tables fails here. */
    public <T> Watch<T> watch(LiveQuery<T> query, WatchOptions options) {
        Set<String> tables = Set.copyOf(query.tables(platform));
        return new WatchPublisher<>(this, query, options, tables);
    }

    /**
     * Subscribes {@code subscriber}. The change capture for its tables is put in place on the setup thread, and the
     * first run follows it there, so nothing committed after the first result is missed. Not on the caller's thread:
     * a watch may begin inside a transaction body, and trigger DDL on the caller's connection would be rolled back
     * with it (PostgreSQL) or commit it half-way (MariaDB), while on another connection it would wait for the locks
     * of that very transaction, which waits for it. So the first result comes once the capture is in place: after
     * the caller's transaction ends if it wrote to a watched table.
     */
    <T> void subscribe(LiveQuery<T> query, WatchOptions options, Set<String> tables,
                       Flow.Subscriber<? super T> subscriber) {
        LiveSubscription<T> s = new LiveSubscription<>(this, query, options, tables, subscriber);
        subscriber.onSubscribe(s);
        threads.setUp(() -> {
            if (s.isCancelled()) {
                return;
            }
            try {
                add(s);
            } catch (RuntimeException e) {
                s.fail(e);
                return;
            }
            if (s.isCancelled()) {
                remove(s); // cancelled while its capture was being put in place
                return;
            }
            s.start();
        });
    }

    /** Registers {@code s}; the source covers its tables before this returns, so no later change is missed. */
    private void add(LiveSubscription<?> s) {
        synchronized (registry) {
            if (closed) {
                throw new MisuseException("the database is closed; nothing can be watched");
            }
            if (busSubscription == null) {
                busSubscription = platform.subscribe(this);
                source = sources.get();
            }
            List<String> counted = new ArrayList<>();
            try {
                for (String t : s.tables) {
                    counted.add(t);
                    if (watchedTables.merge(t, 1, Integer::sum) == 1) {
                        names.put(t, s.names.get(t));
                        source.watch(s.names.get(t));
                    }
                }
            } catch (RuntimeException e) {
                String failed = counted.remove(counted.size() - 1); // counted, but its source refused it
                watchedTables.computeIfPresent(failed, (k, n) -> n > 1 ? n - 1 : null);
                counted.forEach(this::release);
                idleIfEmpty();
                throw e;
            }
            for (String t : s.tables) {
                byTable.computeIfAbsent(t, k -> ConcurrentHashMap.newKeySet()).add(s);
            }
        }
    }

    /** Forgets {@code s}; a table that loses its last watch leaves the source. Idempotent. */
    void remove(LiveSubscription<?> s) {
        synchronized (registry) {
            boolean known = false;
            for (String t : s.tables) {
                Set<LiveSubscription<?>> subs = byTable.get(t);
                if (subs != null && subs.remove(s)) {
                    known = true;
                    if (subs.isEmpty()) {
                        byTable.remove(t);
                    }
                }
            }
            if (!known) {
                return;
            }
            s.tables.forEach(this::release);
            idleIfEmpty();
        }
    }

    private void release(String table) {
        Integer left = watchedTables.merge(table, -1, Integer::sum);
        if (left != null && left <= 0) {
            watchedTables.remove(table);
            String name = names.remove(table);
            if (source != null && !closed) {
                try {
                    source.unwatch(name);
                } catch (RuntimeException e) {
                    reportCallbackError("removing the change capture of table " + table, e);
                }
            }
        }
    }

    private void idleIfEmpty() {
        if (watchedTables.isEmpty() && busSubscription != null) {
            busSubscription.close();
            busSubscription = null;
            ChangeSource s = source;
            source = null;
            s.close();
        }
    }

    @Override
    public void onChange(ChangeEvent event) {
        ChangeSource s = source;
        if (!event.published() && s != null && s.seesOwnWrites()) {
            return; // the source reports these writes too: hearing them twice would cost a second re-run
        }
        if (!event.allTables() && !watchesAny(event.tables())) {
            return; // on the committing thread: a write nobody watches must not wake the timer thread
        }
        threads.dispatch(() -> markStale(event));
    }

    private boolean watchesAny(Set<String> tables) {
        for (String t : tables) {
            if (byTable.containsKey(key(t))) {
                return true;
            }
        }
        return false;
    }

    private void markStale(ChangeEvent event) {
        if (event.allTables()) {
            byTable.values().forEach(subs -> subs.forEach(LiveSubscription::stale));
            return;
        }
        for (String t : event.tables()) {
            Set<LiveSubscription<?>> subs = byTable.get(key(t));
            if (subs != null) {
                subs.forEach(LiveSubscription::stale);
            }
        }
    }

    void runSoon(Runnable run) {
        threads.run(run);
    }

    void runAfter(Runnable run, Duration delay) {
        threads.runAfter(run, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    QueryFactory database() {
        return database;
    }

    Platform platform() {
        return platform;
    }

    void reportCallbackError(String what, Throwable e) {
        platform.reportCallbackError(what, e);
    }

    /** How many tables are watched now (for tests and resource reports). */
    public int watchedTables() {
        synchronized (registry) {
            return watchedTables.size();
        }
    }

    /** Ends every subscription (without a signal, as a cancel) and releases the source and the threads. */
    @Override
    public void close() {
        List<LiveSubscription<?>> all = new ArrayList<>();
        synchronized (registry) {
            if (closed) {
                return;
            }
            byTable.values().forEach(all::addAll);
        }
        all.forEach(LiveSubscription::cancel);
        synchronized (registry) {
            closed = true;
            if (busSubscription != null) {
                busSubscription.close();
                busSubscription = null;
                source.close();
                source = null;
            }
            watchedTables.clear();
            names.clear();
        }
        threads.close();
    }

    static String key(String table) {
        return table.toLowerCase(Locale.ROOT);
    }
}
