package dev.quarry.internal.engine;

import dev.quarry.error.BusyException;
import dev.quarry.error.QuarryException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-process lock in front of the one SQLite writer connection. Thread-safe.
 *
 * <p>How it works: a fair {@link ReentrantLock}, so writers are served in arrival order and none starves under
 * load; the holder then runs {@code BEGIN IMMEDIATE} on the writer, which can only wait on another process (the busy
 * timeout covers that). Because every write of this process queues here first, SQLite never sees two writers of
 * ours and never answers {@code SQLITE_BUSY} inside one process. The lock is reentrant so a thread that already
 * holds it (an open in-memory stream, say) can write without deadlocking itself. Waiting is bounded by the acquire
 * timeout and the error names the holder, in the spirit of HikariCP's timeout message.
 */
final class WriterLock {
    private final OwnerLock lock = new OwnerLock();
    private final Duration timeout;

    WriterLock(Duration timeout) {
        this.timeout = timeout;
    }

    /** Takes the lock, waiting up to the acquire timeout. */
    void acquire() {
        try {
            if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
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

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Exposes the owner for the timeout message. */
    private static final class OwnerLock extends ReentrantLock {
        OwnerLock() {
            super(true);
        }

        Thread owner() {
            return getOwner();
        }
    }
}
