package dev.quarry.error;

/**
 * A value cannot be stored exactly in its column on this database (out of range, too many decimals, a NUL character
 * in PostgreSQL text, a NaN where none is stored...). Quarry rejects it rather than let the database change it; the
 * data is left as it was.
 */
public class InvalidValueException extends QuarryException {
    public InvalidValueException(String message) {
        super(message);
    }

    public InvalidValueException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
