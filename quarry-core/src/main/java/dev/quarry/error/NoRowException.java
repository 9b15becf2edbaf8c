package dev.quarry.error;

/** {@code fetchOne()} found no row. */
public class NoRowException extends QuarryException {
    /** With {@code message} and the SQL that ran, or null. */
    public NoRowException(String message, String sql) {
        super(message, sql, null);
    }
}
