package dev.quarry.error;

/** A failure that may pass if the same work runs again; {@link #isRetryable()} is true. */
public abstract class TransientException extends QuarryException {
    protected TransientException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
