package dev.quarry.bench.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One timed round of the mixed workload on one setup: {@code threads} threads, each choosing per operation a point
 * read by key (80 %), an update of an existing row (10 %) or an insert of a new one (10 %), until the deadline.
 * Every operation's latency is logged, a BUSY one included; a BUSY operation is counted and not retried.
 *
 * <p>How it works: the threads start together on a latch, run to a shared deadline read from
 * {@link System#nanoTime()}, and each keeps its own log and counters, merged after they are joined, so measuring
 * adds no contention of its own.
 */
final class MixedRound {
    /** What a round measured. */
    record Result(long ops, long busy, double seconds, long[] sortedLatencies) {
        double opsPerSecond() {
            return ops / seconds;
        }
    }

    private MixedRound() {
    }

    static Result run(MixedSetup setup, int threads, int rows, Duration duration, long seed)
            throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<LatencyLog> logs = new ArrayList<>();
        AtomicLong ops = new AtomicLong();
        AtomicLong busy = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long[] deadline = new long[1];
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            LatencyLog log = new LatencyLog();
            logs.add(log);
            long firstNewId = 1_000_000_000L * (t + 1);
            SplittableRandom random = new SplittableRandom(seed + t);
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    long[] counts = work(setup, rows, random, firstNewId, log, deadline[0]);
                    ops.addAndGet(counts[0]);
                    busy.addAndGet(counts[1]);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "mixed-" + t);
            workers.add(worker);
            worker.start();
        }
        long began = System.nanoTime();
        deadline[0] = began + duration.toNanos();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException(setup.name() + " failed", failures.get(0));
        }
        return new Result(ops.get(), busy.get(), seconds, LatencyLog.sorted(logs));
    }

    /** One thread's loop; {ops done, BUSY errors}. */
    private static long[] work(MixedSetup setup, int rows, SplittableRandom random, long nextId, LatencyLog log,
                               long deadline) {
        long done = 0;
        long busy = 0;
        long id = nextId;
        while (true) {
            long begin = System.nanoTime();
            if (begin >= deadline) {
                return new long[]{done, busy};
            }
            int pick = random.nextInt(100);
            try {
                if (pick < 80) {
                    setup.read(1 + random.nextInt(rows));
                } else if (pick < 90) {
                    setup.update(1 + random.nextInt(rows), done);
                } else {
                    setup.insert(id++);
                }
                done++;
            } catch (MixedSetup.Busy e) {
                busy++;
            }
            log.add(System.nanoTime() - begin);
        }
    }
}
