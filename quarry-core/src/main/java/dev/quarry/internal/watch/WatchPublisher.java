package dev.quarry.internal.watch;

import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import dev.quarry.watch.WatchOptions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** A cold {@link Watch}: each subscriber gets a {@link LiveSubscription} of its own. Immutable. */
final class WatchPublisher<T> implements Watch<T> {
    private final WatchHub hub;
    private final LiveQuery<T> query;
    private final WatchOptions options;
    private final Set<String> tables;

    WatchPublisher(WatchHub hub, LiveQuery<T> query, WatchOptions options, Set<String> tables) {
        this.hub = hub;
        this.query = query;
        this.options = options;
        this.tables = tables;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        hub.subscribe(query, options, tables, Objects.requireNonNull(subscriber, "subscriber"));
    }

    @Override
    public Listening listen(Consumer<? super T> onResult, Consumer<? super Throwable> onError) {
        CallbackSubscriber<T> s = new CallbackSubscriber<>(onResult, onError);
        subscribe(s);
        return s;
    }

    @Override
    public String toString() {
        return "Watch(" + query + ", tables " + tables + ")";
    }
}
