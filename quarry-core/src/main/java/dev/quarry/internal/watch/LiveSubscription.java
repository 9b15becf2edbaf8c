package dev.quarry.internal.watch;

import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.WatchOptions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One subscriber of a watch: when its query runs, and what reaches the subscriber.
 *
 * <p>Runs. A change marks the subscription stale; the first mark schedules a run after the throttle and later marks
 * fold into it. At most one run is in flight: a change seen while running marks it dirty, and a new run is
 * scheduled when the current one ends, so a change committed while the query read is never lost.
 *
 * <p>Delivery. Only the latest result waits for demand ({@code pending}), so a slow subscriber holds one result, not
 * a queue. Signals go out through one drain loop (a work-in-progress counter, as Reactive Streams implementations
 * do), so {@code onNext} calls never overlap whichever thread runs them. Thread-safe.
 */
final class LiveSubscription<T> implements Flow.Subscription {
    private final WatchHub hub;
    private final LiveQuery<T> query;
    private final WatchOptions options;
    private final Flow.Subscriber<? super T> subscriber;
    /** The tables it reads: {@link WatchHub#key keys}, and the names as the schema spells them by key. */
    final Set<String> tables;
    final java.util.Map<String, String> names;

    private boolean scheduled;
    private boolean running;
    private boolean dirty;

    private final AtomicLong demand = new AtomicLong();
    private final AtomicReference<Object> pending = new AtomicReference<>();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile Throwable failure;
    private Object lastOffered = NOTHING;
    private Object lastDelivered = NOTHING;
    private boolean done;

    private static final Object NOTHING = new Object();

    LiveSubscription(WatchHub hub, LiveQuery<T> query, WatchOptions options, Set<String> tables,
                     Flow.Subscriber<? super T> subscriber) {
        this.hub = hub;
        this.query = query;
        this.options = options;
        java.util.Map<String, String> byKey = new java.util.HashMap<>();
        tables.forEach(t -> byKey.putIfAbsent(WatchHub.key(t), t));
        this.names = java.util.Map.copyOf(byKey);
        this.tables = this.names.keySet();
        this.subscriber = subscriber;
    }

    /** Runs the query for the first result, without waiting for the throttle. */
    void start() {
        synchronized (this) {
            scheduled = true;
        }
        hub.runSoon(this::run);
    }

    /** A table it reads has changed. Quick, on any thread. */
    void stale() {
        if (cancelled) {
            return;
        }
        synchronized (this) {
            if (running) {
                dirty = true;
                return;
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        hub.runAfter(this::run, options.throttle());
    }

    private void run() {
        synchronized (this) {
            scheduled = false;
            if (cancelled) {
                return;
            }
            running = true;
        }
        T result = null;
        Throwable error = null;
        try {
            result = query.run(hub.database());
        } catch (RuntimeException | Error e) {
            error = e;
        }
        boolean again;
        synchronized (this) {
            running = false;
            again = dirty;
            dirty = false;
        }
        if (error != null) {
            failure = error;
            drain();
            return;
        }
        offer(result);
        if (again) {
            stale();
        }
    }

    /** Called by one run at a time (runs never overlap), so {@code lastOffered} needs no lock. */
    private void offer(T result) {
        if (options.skipUnchanged() && Objects.equals(result, lastOffered)) {
            return;
        }
        lastOffered = result;
        pending.set(result == null ? NULL : result);
        drain();
    }

    private static final Object NULL = new Object();

    /** Ends the subscription with {@code error} (its change capture could not be put in place). */
    void fail(Throwable error) {
        failure = error;
        drain();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failure = new IllegalArgumentException("request(" + n + "): demand must be positive (Reactive Streams "
                    + "rule 3.9)");
        } else {
            demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        }
        drain();
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            hub.remove(this);
            drain();
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    @SuppressWarnings("unchecked")
    private void drain() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            if (done || cancelled) {
                pending.set(null);
            } else if (failure != null) {
                done = true;
                pending.set(null);
                cancelled = true;
                hub.remove(this);
                signalError(failure);
            } else if (demand.get() > 0) {
                Object v = pending.getAndSet(null);
                if (v != null && !(options.skipUnchanged() && Objects.equals(v, lastDelivered))) {
                    lastDelivered = v;
                    if (demand.get() != Long.MAX_VALUE) {
                        demand.decrementAndGet();
                    }
                    signalNext(v == NULL ? null : (T) v);
                }
            }
            missed = wip.addAndGet(-missed);
        } while (missed != 0);
    }

    private void signalNext(T value) {
        try {
            subscriber.onNext(value);
        } catch (RuntimeException | Error e) {
            // A subscriber must not throw (Reactive Streams rule 2.13); the subscription ends and the failure is
            // reported instead of being lost on a Quarry thread.
            cancel();
            hub.reportCallbackError("watch subscriber", e);
        }
    }

    private void signalError(Throwable error) {
        try {
            subscriber.onError(error);
        } catch (RuntimeException | Error e) {
            hub.reportCallbackError("watch subscriber", e);
        }
    }

    @Override
    public String toString() {
        return "LiveSubscription(" + query + ")";
    }
}
