package dev.quarry.internal.watch;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one database's watches: one timer thread that fans change events out and waits out throttles, a
 * fixed pool of {@value #RUNNERS} that re-run queries, however many watches there are, and one setup thread that
 * puts change capture in place for new subscriptions. Both are daemon threads
 * that end after {@value #IDLE_SECONDS} s without work, so a database nobody watches keeps none. After
 * {@link #close} new work is dropped (the watches are gone). Thread-safe.
 */
final class WatchThreads {
    /** Two runners: enough to keep a slow query from holding up every other watch, few enough for 2 cores. */
    static final int RUNNERS = 2;
    static final int IDLE_SECONDS = 2;

    private final ScheduledThreadPoolExecutor timer;
    private final ThreadPoolExecutor runners;
    private final ThreadPoolExecutor setup;

    WatchThreads(String name) {
        timer = new ScheduledThreadPoolExecutor(1, daemons("quarry-watch-timer-" + name));
        timer.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
        runners = new ThreadPoolExecutor(RUNNERS, RUNNERS, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemons("quarry-watch-" + name));
        runners.allowCoreThreadTimeOut(true);
        setup = new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemons("quarry-watch-setup-" + name));
        setup.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code work} on the setup thread, in submission order: putting change capture in place may wait for
     * locks (a transaction that wrote to the table), which must hold up neither the timer nor the runners.
     */
    void setUp(Runnable work) {
        try {
            setup.execute(work);
        } catch (RejectedExecutionException closed) {
            // closed: the watch is gone
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs {@code work} on the timer thread, in submission order. */
    void dispatch(Runnable work) {
        try {
            timer.execute(work);
        } catch (RejectedExecutionException closed) {
            // closed: no watch is left to tell
        }
    }

    /** Runs {@code work} on a runner now. */
    void run(Runnable work) {
        try {
            runners.execute(work);
        } catch (RejectedExecutionException closed) {
            // closed: the watch is gone
        }
    }

    /** Runs {@code work} on a runner after {@code delay}. */
    void runAfter(Runnable work, long delay, TimeUnit unit) {
        if (delay <= 0) {
            run(work);
            return;
        }
        try {
            timer.schedule(() -> run(work), delay, unit);
        } catch (RejectedExecutionException closed) {
            // closed: the watch is gone
        }
    }

    void close() {
        timer.shutdownNow();
        runners.shutdownNow();
        setup.shutdownNow();
    }
}
