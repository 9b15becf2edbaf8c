package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import dev.quarry.spi.BackgroundTask;
import dev.quarry.spi.TaskHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The background tasks of one database: each on a daemon thread of its own, started when asked (none exist until
 * then), stopped and waited for by {@link #stopAll} when the database closes.
 *
 * <p>How it works. A task runs {@link BackgroundTask#run} once on its thread; its {@link RunningTask} is both the
 * handle and the context it waits in, so a stop or a wake cuts its wait short. Stopping is cooperative first (the
 * task sees {@code await} return false), then, if the task has not ended within half the timeout, its thread is
 * interrupted. Daemon threads: a database someone forgot to close must not keep the JVM alive. Thread-safe.
 */
final class BackgroundTasks {
    private final String owner;
    private final CallbackErrors errors;
    private final ResourceTracker tracker;
    private final List<RunningTask> tasks = new ArrayList<>();
    private boolean closed;

    BackgroundTasks(String owner, CallbackErrors errors, ResourceTracker tracker) {
        this.owner = owner;
        this.errors = errors;
        this.tracker = tracker;
    }

    TaskHandle start(String name, BackgroundTask task) {
        RunningTask running = new RunningTask(name, task, this);
        synchronized (tasks) {
            if (closed) {
                throw new MisuseException("the database " + owner + " is closed; background task '" + name
                        + "' was not started");
            }
            tasks.removeIf(t -> !t.isRunning());
            tasks.add(running);
            tracker.taskStarted();
        }
        running.thread.start();
        return running;
    }

    /** Refuses new tasks, asks every task to stop and waits up to {@code timeout} in all; false if some are left. */
    boolean stopAll(Duration timeout) {
        List<RunningTask> running;
        synchronized (tasks) {
            closed = true;
            running = new ArrayList<>(tasks);
            tasks.clear();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        running.forEach(RunningTask::requestStop);
        boolean all = true;
        for (RunningTask t : running) {
            long left = Math.max(0, deadline - System.nanoTime());
            all &= t.stop(Duration.ofNanos(left));
        }
        return all;
    }

    /** Called on a task's thread when its body has returned or thrown. */
    void finished(RunningTask task, Throwable failure) {
        tracker.taskFinished();
        if (failure != null) {
            errors.report("background task '" + task.name() + "' of " + owner, failure);
        }
    }
}
