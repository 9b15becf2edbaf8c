package dev.quarry.watch;

import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A watched query: a {@link Flow.Publisher} of its result. Each subscriber gets the current result first, then a
 * new one after every committed change to a table the query reads (once per burst, see {@link WatchOptions}). Each
 * subscription runs its own query on a reader, never on the caller's thread and never holding up writers.
 *
 * <p>Backpressure: a subscriber that has no outstanding demand is not queued for; when it requests again it gets the
 * latest result, so a slow subscriber costs one result of memory, not a backlog. A re-run that fails ends the
 * subscription with {@code onError}; subscribing again starts afresh. Cancelling frees the subscription's part of
 * everything (triggers, pollers and listener connections go when no watch needs them).
 *
 * @param <T> the result: a {@code List} of rows for a select
 */
public interface Watch<T> extends Flow.Publisher<T> {

    /**
     * Subscribes with plain callbacks and unbounded demand: {@code onResult} receives each result in order, on a
     * Quarry thread, one call at a time; {@code onError} receives a failure once, after which nothing more comes.
     * Close the returned handle to stop (idempotent).
     */
    Listening listen(Consumer<? super T> onResult, Consumer<? super Throwable> onError);

    /** A subscription made by {@link #listen}; closing it cancels the subscription. */
    interface Listening extends AutoCloseable {
        @Override
        void close();
    }
}
