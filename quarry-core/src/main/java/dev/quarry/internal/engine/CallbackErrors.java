package dev.quarry.internal.engine;

import dev.quarry.CallbackErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where failures of code Quarry calls back go (STYLE.md 9: never fail silently, never into a caller whose own work
 * succeeded): the {@link CallbackErrorHandler} of the settings (by default an ERROR line on {@code dev.quarry.callback}).
 * A handler that itself throws is logged and dropped. Thread-safe.
 */
final class CallbackErrors {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.callback");

    private final CallbackErrorHandler handler;

    CallbackErrors(CallbackErrorHandler handler) {
        this.handler = handler;
    }

    /** Hands {@code error} from {@code source} to the handler. Never throws (but rethrows a VM error). */
    void report(String source, Throwable error) {
        try {
            handler.onError(source, error);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            LOG.error("the callback error handler failed on a failure of {} ({}); both are logged here", source,
                    error, e);
            LOG.error("{} failed", source, error);
        }
    }

    /** Runs {@code callback}, reporting what it throws as a failure of {@code source}. */
    void run(String source, Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            report(source, e);
        }
    }
}
