package dev.quarry.error;

/**
 * A statement broke a constraint; the database left the data as it was. Subtypes say which kind.
 */
public abstract class ConstraintViolationException extends QuarryException {
    private final String constraint;
    private final String column;

    protected ConstraintViolationException(String message, String sql, Throwable cause, String constraint,
                                           String column) {
        super(message, sql, cause);
        this.constraint = constraint;
        this.column = column;
    }

    /** The constraint's name when the database reports it, else null. */
    public String constraint() {
        return constraint;
    }

    /** The column's name when the database reports it, else null. */
    public String column() {
        return column;
    }
}
