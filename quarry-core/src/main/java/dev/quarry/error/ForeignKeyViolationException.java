package dev.quarry.error;

/** The statement broke a foreign key: the row points at a missing row, or a deleted row is still pointed at. */
public class ForeignKeyViolationException extends ConstraintViolationException {
    /**
     * With {@code message}, the SQL that failed, the driver's exception, and the constraint's and the column's names
     * (each null when not known).
     */
    public ForeignKeyViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
