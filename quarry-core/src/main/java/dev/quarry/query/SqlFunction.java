package dev.quarry.query;

/**
 * The portable scalar functions; each dialect renders its own spelling. {@link #YEAR}, {@link #MONTH} and
 * {@link #DAY} read an instant in UTC, a local date or date-time as it is.
 */
public enum SqlFunction {
    LOWER, UPPER, LENGTH, CONCAT, COALESCE, ABS, YEAR, MONTH, DAY;

    /** Whether this function takes a part of a date. */
    public boolean isDatePart() {
        return this == YEAR || this == MONTH || this == DAY;
    }
}
