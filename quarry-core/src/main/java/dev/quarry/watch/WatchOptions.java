package dev.quarry.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How one watch re-runs its query. Immutable: each method returns a copy with one option changed.
 *
 * <pre>{@code
 * db.watch(select, WatchOptions.DEFAULTS.throttle(Duration.ofMillis(100)).emitUnchanged());
 * }</pre>
 *
 * @param throttle      how long a change waits before the query re-runs, so that a burst of commits (a loop of
 *                      small transactions, a sync pull) causes one re-run; 30 ms by default, as PowerSync chose;
 *                      zero re-runs as soon as a change is seen
 * @param skipUnchanged whether a re-run whose result {@code equals} the last one emitted is dropped (the default);
 *                      results compare by {@code equals}, which records and lists of records implement
 */
public record WatchOptions(Duration throttle, boolean skipUnchanged) {

    /** A 30 ms throttle, unchanged results skipped. */
    public static final WatchOptions DEFAULTS = new WatchOptions(Duration.ofMillis(30), true);

    public WatchOptions {
        Objects.requireNonNull(throttle, "throttle");
        if (throttle.isNegative()) {
            throw new IllegalArgumentException("throttle must not be negative, was " + throttle);
        }
    }

    /** These options with another throttle. */
    public WatchOptions throttle(Duration value) {
        return new WatchOptions(value, skipUnchanged);
    }

    /** These options, emitting every re-run's result even when it equals the last one. */
    public WatchOptions emitUnchanged() {
        return new WatchOptions(throttle, false);
    }
}
