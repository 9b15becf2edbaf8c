package dev.quarry.error;

/**
 * A value cannot be stored exactly in its column on this database (out of range, too many decimals, a NUL character
 * in PostgreSQL text, a NaN where none is stored...). Quarry rejects it rather than let the database change it; the
 * data is left as it was.
 */
public class InvalidValueException extends QuarryException {
    /** With {@code message}, the whole of what the caller is told. */
    public InvalidValueException(String message) {
        super(message);
    }

    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    public InvalidValueException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
