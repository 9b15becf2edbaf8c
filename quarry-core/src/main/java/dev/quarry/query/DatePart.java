package dev.quarry.query;

/**
 * A unit of a date or time, for {@link Dsl#trunc(Expression, DatePart)} and {@link Dsl#format(Expression, DatePart)}.
 * Instants and offset date-times are read in UTC, local dates and date-times as they are.
 */
public enum DatePart {
    /** The year: truncated to January 1st, 00:00; formatted {@code 2021}. */
    YEAR("uuuu"),
    /** The month: truncated to its 1st, 00:00; formatted {@code 2021-03}. */
    MONTH("uuuu-MM"),
    /** The day: truncated to 00:00; formatted {@code 2021-03-15}. */
    DAY("uuuu-MM-dd"),
    /** The hour: truncated to the whole hour; formatted {@code 2021-03-15 13:00}. Not for a date. */
    HOUR("uuuu-MM-dd HH:00"),
    /** The minute: truncated to the whole minute; formatted {@code 2021-03-15 13:45}. Not for a date. */
    MINUTE("uuuu-MM-dd HH:mm");

    private final String pattern;

    DatePart(String pattern) {
        this.pattern = pattern;
    }

    /** The text form of {@code format(x, this)} as a {@link java.time.format.DateTimeFormatter} pattern. */
    public String pattern() {
        return pattern;
    }

    /** Whether a date (without a time) has this part: YEAR, MONTH and DAY. */
    public boolean ofDate() {
        return this == YEAR || this == MONTH || this == DAY;
    }
}
