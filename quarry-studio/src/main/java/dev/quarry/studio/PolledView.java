package dev.quarry.studio;

import dev.quarry.watch.Watch;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A grid kept live without installing anything in the database: its view is read again every interval and handed on
 * when it differs from the last one handed on (the first always is), as a watch that skips unchanged results would.
 * A read that fails is handed on as its exception and ends the polling. It is what a read-only Studio uses on a
 * server database, where a watch would create triggers (docs/watch.md).
 *
 * <p>It is a {@link Watch.Listening} so that the stream closes it as it closes a watch's.
 *
 * <p>How it works: one task on the Studio's shared timer per open grid, run with a fixed delay so reads of one grid
 * never overlap; {@link #close()} cancels it. The task only reads and puts into the stream's queue, so the stream's
 * thread is the one that writes to the page, as with a watch.
 */
final class PolledView implements Watch.Listening {
    private final Supplier<LiveGrid.View> read;
    private final Consumer<Object> sink;
    private final ScheduledFuture<?> task;
    private LiveGrid.View last;   // touched only by the task, whose runs do not overlap

    PolledView(ScheduledExecutorService timer, Duration interval, Supplier<LiveGrid.View> read,
               Consumer<Object> sink) {
        this.read = read;
        this.sink = sink;
        this.task = timer.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            LiveGrid.View view = read.get();
            if (!view.equals(last)) {
                last = view;
                sink.accept(view);
            }
        } catch (RuntimeException e) {
            sink.accept(e);
            throw e;   // a scheduled task that throws is not run again
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
