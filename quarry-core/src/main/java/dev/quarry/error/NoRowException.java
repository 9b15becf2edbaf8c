package dev.quarry.error;

/** {@code fetchOne()} found no row. */
public class NoRowException extends QuarryException {
    public NoRowException(String message, String sql) {
        super(message, sql, null);
    }
}
