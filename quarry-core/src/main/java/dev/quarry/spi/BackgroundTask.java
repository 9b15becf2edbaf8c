package dev.quarry.spi;

/**
 * Work that runs on a thread of its own for as long as the database is open, started with
 * {@link Platform#startTask}. Write it as a named class; loop until {@link TaskContext#await} returns false.
 *
 * <pre>{@code
 * final class DataVersionPoller implements BackgroundTask {
 *     public void run(TaskContext context) throws Exception {
 *         try (DedicatedConnection c = platform.openDedicatedConnection("data_version poller")) {
 *             while (context.await(Duration.ofMillis(50))) {
 *                 ... read PRAGMA data_version on c.connection() ...
 *             }
 *         }
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BackgroundTask {

    /**
     * Runs until done or stopped. A throw ends the task and goes to the database's callback error handler.
     */
    void run(TaskContext context) throws Exception;
}
