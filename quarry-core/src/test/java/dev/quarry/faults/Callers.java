package dev.quarry.faults;

import dev.quarry.Quarry;
import dev.quarry.error.CommitOutcomeUnknownException;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.NamedValue;
import dev.quarry.fixtures.NamedValueTable;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Callers on several threads, each in a loop: a transaction inserting two rows with fresh ids, then a count. What
 * each caller was told is recorded: the ids of transactions that committed, of those that failed with a retryable
 * error (so must have left nothing), of those whose outcome is unknown, and every error. Thread-safe.
 *
 * <p>How it works: the threads share an id counter and lock-free queues; {@link #stop()} sets a flag each thread
 * reads before its next round, so a thread ends after the call it is in.
 */
final class Callers {
    private final Quarry db;
    private final NamedValueTable table;
    private final ExecutorService threads;
    private final int count;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicLong nextId = new AtomicLong();
    final Queue<Long> committed = new ConcurrentLinkedQueue<>();
    final Queue<Long> failedRetryably = new ConcurrentLinkedQueue<>();
    final Queue<Long> outcomeUnknown = new ConcurrentLinkedQueue<>();
    final Queue<QuarryException> errors = new ConcurrentLinkedQueue<>();
    final Queue<RuntimeException> untyped = new ConcurrentLinkedQueue<>();

    Callers(Quarry db, NamedValueTable table, int count) {
        this.db = db;
        this.table = table;
        this.count = count;
        this.threads = Executors.newFixedThreadPool(count);
    }

    void start() {
        for (int i = 0; i < count; i++) {
            threads.execute(this::loop);
        }
    }

    private void loop() {
        while (!stopping.get()) {
            write(nextId.incrementAndGet(), nextId.incrementAndGet());
            read();
        }
    }

    private void write(long a, long b) {
        try {
            db.transactionRun(tx -> tx.insertInto(table).values(List.of(new NamedValue(a, "a"), new NamedValue(b, "b")))
                    .execute());
            committed.addAll(List.of(a, b));
        } catch (CommitOutcomeUnknownException e) {
            errors.add(e);
            outcomeUnknown.addAll(List.of(a, b));
        } catch (QuarryException e) {
            record(e);
            if (e.isRetryable()) {
                failedRetryably.addAll(List.of(a, b));
            }
        } catch (RuntimeException e) {
            untyped.add(e);
        }
    }

    private void read() {
        try {
            db.selectFrom(table).fetch();
        } catch (RuntimeException e) {
            record(e);
        }
    }

    private void record(RuntimeException e) {
        if (e instanceof QuarryException q && q.getClass() != QuarryException.class) {
            errors.add(q);
        } else {
            untyped.add(e);
        }
    }

    /** Waits until {@code condition} holds; false if it did not within {@code timeout}. */
    static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5); // the callers and the server need the cores more than this check does
        }
        return true;
    }

    /** Stops the loops; whether every thread ended within {@code timeout} (none hung). */
    boolean stop(Duration timeout) throws InterruptedException {
        stopping.set(true);
        threads.shutdown();
        return threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
