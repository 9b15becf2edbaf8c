package dev.quarry.spi;

import java.time.Duration;

/** What a running {@link BackgroundTask} is given: whether it should stop, and a wait that a stop cuts short. */
public interface TaskContext {

    /** Whether the task was asked to stop (its handle's {@code stop()}, or the database closing). */
    boolean isStopping();

    /**
     * Waits up to {@code timeout}, or less when the task is {@linkplain TaskHandle#wake() woken} or asked to stop.
     * Holds no lock and no connection meanwhile.
     *
     * @return false when the task should stop (stop requested or the thread interrupted), true otherwise
     */
    boolean await(Duration timeout);
}
