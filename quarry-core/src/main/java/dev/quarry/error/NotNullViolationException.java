package dev.quarry.error;

/** The statement broke a NOT NULL column: a NULL was written where none may be. */
public class NotNullViolationException extends ConstraintViolationException {
    /**
     * With {@code message}, the SQL that failed, the driver's exception, and the constraint's and the column's names
     * (each null when not known).
     */
    public NotNullViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
