package dev.quarry.error;

/** The statement broke a foreign key: the row points at a missing row, or a deleted row is still pointed at. */
public class ForeignKeyViolationException extends ConstraintViolationException {
    public ForeignKeyViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
