package dev.quarry;


/**
 * Told of every database handle opened and closed in this JVM, found with {@link java.util.ServiceLoader} (list the
 * implementation in {@code META-INF/services/dev.quarry.QuarryObserver}): how a test kit checks every handle a
 * test opened for leaks, or a metrics module binds every database without the application wiring it. Loaded once,
 * on the first open. Called on the opening (closing) thread; must be quick and thread-safe, and must not throw (a
 * failure goes to the database's callback error handler).
 */
public interface QuarryObserver {

    /** {@code db} was opened and is ready. */
    void opened(Quarry db);

    /** {@code db} has been closed. */
    default void closed(Quarry db) {
    }
}
