package dev.quarry.error;

/**
 * The connection to the database server broke while a commit was in flight: during {@code COMMIT} of a
 * transaction, or during a write outside a transaction (which the server commits on its own, in auto-commit mode).
 * The server may have committed the work before the connection broke, or not; no error can say which. <b>Not
 * retryable</b>: running the write again could apply it twice. Check whether its changes are in the database (by a
 * key, a request id, a version column) and run it again only if they are not. {@link #getCause()} is the
 * driver's error that reported the broken connection.
 */
public class CommitOutcomeUnknownException extends QuarryException {
    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    public CommitOutcomeUnknownException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
