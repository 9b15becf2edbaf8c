package dev.quarry.query;

/**
 * The portable scalar functions; each dialect renders its own spelling. {@link #YEAR}, {@link #MONTH},
 * {@link #DAY}, {@link #DATE}, {@link #TRUNC} and {@link #FORMAT} read an instant in UTC, a local date or date-time
 * as it is. Arguments that give a function its shape (the digits of {@link #ROUND}, the length of {@link #LPAD}, the
 * {@link DatePart} of {@link #TRUNC}) are {@link Param}s built by {@link Dsl}, which the dialects write inline.
 */
public enum SqlFunction {
    LOWER, UPPER, LENGTH, CONCAT, COALESCE, ABS, YEAR, MONTH, DAY,
    /** {@code round(x, digits)}: half away from zero, of a decimal or double (see {@link Dsl#round}). */
    ROUND,
    /** {@code lpad(text, length, fill)}. */
    LPAD,
    /** {@code rpad(text, length, fill)}. */
    RPAD,
    /** {@code substr(text, start[, length])}, in characters from 1. */
    SUBSTRING,
    /** Spaces removed from both ends. */
    TRIM,
    /** Spaces removed from the start. */
    LTRIM,
    /** Spaces removed from the end. */
    RTRIM,
    /** {@code replace(text, from, to)}: every occurrence, case-sensitive. */
    REPLACE,
    /** {@code nullif(a, b)}. */
    NULLIF,
    /** The largest argument; NULL if any is NULL. */
    GREATEST,
    /** The smallest argument; NULL if any is NULL. */
    LEAST,
    /** The date of a date-time or instant. */
    DATE,
    /** A date or time truncated to a {@link DatePart}. */
    TRUNC,
    /** A date or time as text, down to a {@link DatePart}. */
    FORMAT;

    /** Whether this function takes a part of a date. */
    public boolean isDatePart() {
        return this == YEAR || this == MONTH || this == DAY;
    }
}
