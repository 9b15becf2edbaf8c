package dev.quarry.error;

/** {@code fetchOne()} or {@code fetchOptional()} found more than one row. */
public class TooManyRowsException extends QuarryException {
    public TooManyRowsException(String message, String sql) {
        super(message, sql, null);
    }
}
