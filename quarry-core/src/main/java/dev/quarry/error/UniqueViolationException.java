package dev.quarry.error;

/** The statement broke a unique or primary key constraint: the row would duplicate an existing key. */
public class UniqueViolationException extends ConstraintViolationException {
    public UniqueViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
