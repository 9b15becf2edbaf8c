package dev.quarry;

/**
 * Receives failures of code Quarry calls back, where throwing would mislead a caller whose own work succeeded: an
 * {@code afterCommit} or {@code afterRollback} callback, a statement listener, a change listener, a background
 * task, and (in modules) watch subscribers and sync callbacks. Set it with
 * {@link QuarrySettings.Builder#onCallbackError}; the default logs the failure at ERROR on the logger
 * {@code dev.quarry.callback}. Called on the thread where the callback ran, never while Quarry holds a lock or a
 * connection; it must be thread-safe and must not throw (what it throws is logged and dropped).
 */
@FunctionalInterface
public interface CallbackErrorHandler {

    /**
     * @param source what failed, e.g. "afterCommit callback" or "statement listener"
     * @param error  what it threw
     */
    void onError(String source, Throwable error);
}
