package dev.quarry.spi;

import java.time.Duration;

/** A started {@link BackgroundTask}. Thread-safe. */
public interface TaskHandle {

    /** The name it was started with. */
    String name();

    /** Whether it is still running. */
    boolean isRunning();

    /** Cuts the task's current {@link TaskContext#await} short, e.g. because there is new work. */
    void wake();

    /** Asks the task to stop and waits up to {@code timeout} for it to end; true if it ended. */
    boolean stop(Duration timeout);
}
