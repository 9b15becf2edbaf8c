package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the work running on a database (statements, transactions, open streams) so {@code close()} can wait for
 * it, and turns every use after close into a {@link MisuseException}. Thread-safe.
 *
 * <p>How it works: {@link #enter()} increments the count first and checks the closed flag second; {@link #close}
 * sets the flag first and reads the count second. Either the closer sees the caller's increment (and waits for it),
 * or the caller sees the flag (and backs out): no work can slip in unseen. Waiting uses the gate's monitor, touched
 * only once closing has begun, so the running path costs two atomic adds.
 */
final class WorkGate {
    private final AtomicInteger running = new AtomicInteger();
    private final String name;
    private volatile boolean closed;

    WorkGate(String name) {
        this.name = name;
    }

    /** Registers one unit of work; throws if the database is closed. Pair with {@link #exit()}. */
    void enter() {
        running.incrementAndGet();
        if (closed) {
            exit();
            throw closedError();
        }
    }

    /** Ends one unit of work. */
    void exit() {
        if (running.decrementAndGet() == 0 && closed) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** Throws if closed, without registering work. */
    void check() {
        if (closed) {
            throw closedError();
        }
    }

    boolean isClosed() {
        return closed;
    }

    /**
     * Refuses new work and waits up to {@code timeout} for running work to end.
     *
     * @return false if this gate was already closed; true if this call closed it
     */
    boolean close(Duration timeout) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean interrupted = false;
            while (running.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    /** Work still running (for close's log message). */
    int running() {
        return running.get();
    }

    private MisuseException closedError() {
        return new MisuseException("the Quarry database " + name + " is closed");
    }
}
