package dev.quarry.internal.engine;

import dev.quarry.error.BusyException;
import dev.quarry.error.QuarryException;
import dev.quarry.spi.ConnectionPoolStats;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-process lock in front of the one SQLite writer connection. Thread-safe.
 *
 * <p>How it works: a {@link ReentrantLock}. Waiting threads queue in arrival order; by default a thread that comes
 * just as the lock is released may take it before the queue's head has woken up (non-fair), because handing the lock
 * to a parked thread at every release left the writer idle during each wake-up: on 2 cores, 4 threads with 20 %
 * writes ran 88,700 operations/s fair and 134,800 non-fair, with p99 latency 261 and 193 µs (docs/BENCHMARKS.md).
 * {@code QuarrySettings.fairWriterLock(true)} restores strict arrival order. Either way the holder then runs {@code BEGIN IMMEDIATE} on the writer, which can only wait on another process (the busy
 * timeout covers that). Because every write of this process queues here first, SQLite never sees two writers of
 * ours and never answers {@code SQLITE_BUSY} inside one process. The lock is reentrant so a thread that already
 * holds it (an open in-memory stream, say) can write without deadlocking itself. Waiting is bounded by the acquire
 * timeout and the error names the holder, in the spirit of HikariCP's timeout message.
 *
 * <p>Waits are counted for metrics only when the lock was not free at once: the free case takes it as before, with
 * no clock read.
 */
final class WriterLock {
    private final OwnerLock lock;
    private final Duration timeout;
    private final LongAdder waits = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();

    WriterLock(Duration timeout, boolean fair) {
        this.timeout = timeout;
        this.lock = new OwnerLock(fair);
    }

    /** Takes the lock, waiting up to the acquire timeout. */
    void acquire() {
        try {
            if (lock.tryLock(0, TimeUnit.NANOSECONDS)) { // free (and, when fair, nobody queued): no clock read
                return;
            }
            long start = System.nanoTime();
            boolean taken = lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS);
            waits.increment();
            waitNanos.add(System.nanoTime() - start);
            if (!taken) {
                Thread owner = lock.owner();
                throw new BusyException("waited " + timeout.toMillis() + " ms for the SQLite writer, held by thread '"
                        + (owner == null ? "?" : owner.getName()) + "' with " + lock.getQueueLength()
                        + " more waiting; a transaction that runs long holds every other writer back "
                        + "(raise QuarrySettings.acquireTimeout if this is expected)", null, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("interrupted while waiting for the SQLite writer", e);
        }
    }

    void release() {
        lock.unlock();
    }

    /** The writer as a pool of one: held or not, threads queued, waits so far. */
    ConnectionPoolStats stats() {
        return new ConnectionPoolStats(ConnectionPoolStats.SQLITE_WRITER, 1, lock.isLocked() ? 1 : 0,
                lock.getQueueLength(), waits.sum(), waitNanos.sum());
    }

    boolean isFair() {
        return lock.isFair();
    }

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Exposes the owner for the timeout message. */
    private static final class OwnerLock extends ReentrantLock {
        OwnerLock(boolean fair) {
            super(fair);
        }

        Thread owner() {
            return getOwner();
        }
    }
}
