package dev.quarry.error;

/**
 * The connection to the database server broke (the server restarted, crashed or ended the session, the network
 * dropped) before anything of the failed work could have been committed: a read, or a statement of a transaction
 * that had not reached {@code COMMIT}. The server rolls back a transaction whose connection ends, so nothing of it
 * is in the database. Retryable: run the work again; for a statement inside {@code db.transaction(...)}, run the
 * whole transaction again, since everything it did before the loss is gone too.
 *
 * <p>A connection that breaks while {@code COMMIT} is in flight, or during a write outside a transaction, is a
 * {@link CommitOutcomeUnknownException} instead, never this.
 */
public class ConnectionLostException extends TransientException {
    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    public ConnectionLostException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
