package dev.quarry.error;

/** The statement broke a CHECK constraint. */
public class CheckViolationException extends ConstraintViolationException {
    public CheckViolationException(String message, String sql, Throwable cause, String constraint, String column) {
        super(message, sql, cause, constraint, column);
    }
}
