package dev.quarry.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What a watch delivered, for tests: results and errors in arrival order. {@link #next} waits for the next one (and
 * fails after 20 s, far beyond any emission's latency); {@link #noneWithin} checks that nothing more arrives.
 */
final class Emissions<T> {
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

    void result(T value) {
        queue.add(value);
    }

    void error(Throwable e) {
        queue.add(new Failed(e));
    }

    Watch.Listening listen(Watch<T> watch) {
        return watch.listen(this::result, this::error);
    }

    @SuppressWarnings("unchecked")
    T next() {
        Object o = take();
        if (o instanceof Failed f) {
            throw new AssertionError("the watch failed instead of emitting", f.error);
        }
        return (T) o;
    }

    Throwable nextError() {
        Object o = take();
        if (o instanceof Failed f) {
            return f.error;
        }
        throw new AssertionError("expected the watch to fail, it emitted " + o);
    }

    private Object take() {
        try {
            Object o = queue.poll(20, TimeUnit.SECONDS);
            if (o == null) {
                fail("no emission within 20 s");
            }
            return o;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Nothing arrives within {@code wait} (a window well past the throttle, not a speed requirement). */
    void noneWithin(Duration wait) throws InterruptedException {
        Object o = queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(o).as("an emission that should not have come").isNull();
    }

    private record Failed(Throwable error) {
    }
}
