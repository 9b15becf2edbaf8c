package dev.quarry.error;

/** A failure that may pass if the same work runs again; {@link #isRetryable()} is true. */
public abstract class TransientException extends QuarryException {
    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    protected TransientException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
