package dev.quarry.error;

/**
 * The database stayed busy or locked past the timeout (SQLite {@code SQLITE_BUSY} / {@code SQLITE_LOCKED} from
 * another process, a lock wait timeout on a server). Retryable; nothing of the failed statement was written.
 */
public class BusyException extends TransientException {
    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    public BusyException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
