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
 * only once closing has begun, so the running path costs two atomic adds. A second flag, {@link #shut()}, set after
 * the wait and before the connections close, lets work that was still running (a stream left open) tell a
 * connection closed by {@code close()} from one that failed.
 */
final class WorkGate {
    private final AtomicInteger running = new AtomicInteger();
    private final String name;
    private volatile boolean closed;
    private volatile boolean shut;

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

    /**
     * Marks the connections as closed under any work still running, once {@link #close} has waited: from now on
     * such work fails as {@link #closedUnder(Throwable)} says, whatever error the driver gives.
     */
    void shut() {
        shut = true;
    }

    /** Whether the connections were closed (with or without work still running). */
    boolean isShut() {
        return shut;
    }

    /** The error for work whose connection was closed under it by {@code close()}; {@code cause} may be null. */
    MisuseException closedUnder(Throwable cause) {
        return new MisuseException("the Quarry database " + name + " was closed while this work was still running"
                + " (a stream left open, a statement or transaction on another thread); close() waited the close"
                + " timeout, then closed its connection. Finish or close streams before closing the database", cause);
    }

    /** Work still running (for close's log message). */
    int running() {
        return running.get();
    }

    private MisuseException closedError() {
        return new MisuseException("the Quarry database " + name + " is closed");
    }
}
