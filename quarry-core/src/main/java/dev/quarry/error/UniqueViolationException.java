package dev.quarry.error;

/** The statement broke a unique or primary key constraint: the row would duplicate an existing key. */
public class UniqueViolationException extends ConstraintViolationException {
    /**
     * With {@code message}, the SQL that failed, the driver's exception, and the constraint's and the column's names
     * (each null when not known).
     */
    public UniqueViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
