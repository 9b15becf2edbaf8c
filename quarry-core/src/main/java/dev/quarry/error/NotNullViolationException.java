package dev.quarry.error;

/** The statement broke a NOT NULL column: a NULL was written where none may be. */
public class NotNullViolationException extends ConstraintViolationException {
    public NotNullViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
