package dev.quarry.internal.engine;

import dev.quarry.spi.BackgroundTask;
import dev.quarry.spi.TaskContext;
import dev.quarry.spi.TaskHandle;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One started {@link BackgroundTask}: its thread, its handle and the context its body waits in. A wake or a stop
 * signals the condition the body waits on; the lock guards only the wake flag and is never held while the body runs
 * user code. Thread-safe.
 */
final class RunningTask implements TaskHandle, TaskContext {
    final Thread thread;
    private final String name;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private volatile boolean stopping;
    private volatile boolean running = true;
    private boolean woken;

    RunningTask(String name, BackgroundTask task, BackgroundTasks owner) {
        this.name = name;
        this.thread = new Thread(() -> runBody(task, owner), "quarry-" + name);
        thread.setDaemon(true);
    }

    private void runBody(BackgroundTask task, BackgroundTasks owner) {
        Throwable failure = null;
        try {
            task.run(this);
        } catch (InterruptedException e) {
            if (!stopping) {
                failure = e; // interrupted by someone else than the stop
            }
        } catch (Exception | LinkageError | StackOverflowError e) {
            failure = e;
        } finally {
            running = false;
            owner.finished(this, failure);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isStopping() {
        return stopping;
    }

    @Override
    public boolean await(Duration timeout) {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!woken && !stopping && nanos > 0) {
                nanos = signal.awaitNanos(nanos);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
        return !stopping && !Thread.currentThread().isInterrupted();
    }

    @Override
    public void wake() {
        lock.lock();
        try {
            woken = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void requestStop() {
        stopping = true;
        wake();
    }

    @Override
    public boolean stop(Duration timeout) {
        requestStop();
        if (Thread.currentThread() == thread) {
            return false; // a task stopping itself ends when its body returns
        }
        try {
            long half = Math.max(1, timeout.toMillis() / 2);
            thread.join(half);
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(half);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    @Override
    public String toString() {
        return "TaskHandle(" + name + (running ? ", running" : ", ended") + ")";
    }
}
