package dev.quarry.internal.watch;

import dev.quarry.watch.Watch;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** The subscriber behind {@link Watch#listen}: unbounded demand, plain callbacks, closed by cancelling. */
final class CallbackSubscriber<T> implements Flow.Subscriber<T>, Watch.Listening {
    private final Consumer<? super T> onResult;
    private final Consumer<? super Throwable> onError;
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;

    CallbackSubscriber(Consumer<? super T> onResult, Consumer<? super Throwable> onError) {
        this.onResult = Objects.requireNonNull(onResult, "onResult");
        this.onError = Objects.requireNonNull(onError, "onError");
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(T item) {
        onResult.accept(item);
    }

    @Override
    public void onError(Throwable throwable) {
        onError.accept(throwable);
    }

    @Override
    public void onComplete() {
        // a watch never completes: it ends by close or by an error
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
