package dev.quarry.error;

/**
 * The transaction lost a race with another one (a serialization failure or a deadlock) and was rolled back.
 * Retryable: run the whole transaction again.
 */
public class SerializationFailureException extends TransientException {
    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    public SerializationFailureException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
