package dev.quarry.error;

/** {@code fetchOne()} or {@code fetchOptional()} found more than one row. */
public class TooManyRowsException extends QuarryException {
    /** With {@code message} and the SQL that ran, or null. */
    public TooManyRowsException(String message, String sql) {
        super(message, sql, null);
    }
}
