package dev.quarry.error;

/**
 * A statement broke a constraint; the database left the data as it was. Subtypes say which kind.
 */
public abstract class ConstraintViolationException extends QuarryException {
    /** The constraint's name, or null. */
    private final String constraint;
    /** The column's name, or null. */
    private final String column;

    /**
     * With {@code message}, the SQL that failed, the driver's exception, and the constraint's and the column's names
     * (each null when not known).
     */
    protected ConstraintViolationException(String message, String sql, Throwable cause, String constraint,
                                           String column) {
        super(message, sql, cause);
        this.constraint = constraint;
        this.column = column;
    }

    /**
     * The constraint's name when the database reports it or, for a unique key, the schema of the table written tells
     * it (docs/errors.md); else null.
     */
    public String constraint() {
        return constraint;
    }

    /** The column's name when the database reports it or the schema tells it (a one-column key); else null. */
    public String column() {
        return column;
    }
}
