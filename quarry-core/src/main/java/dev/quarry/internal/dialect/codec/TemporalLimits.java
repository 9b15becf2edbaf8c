package dev.quarry.internal.dialect.codec;

import dev.quarry.schema.DataType;

/**
 * The range and precision every database can hold exactly for date and time values. Quarry's portable time
 * precision is the microsecond (what PostgreSQL and MariaDB {@code DATETIME(6)} store); a value with finer nanos
 * would be rounded, so it is rejected. Years are 0001..9999 (four digits, so text forms sort), and 1000..9999 on
 * MariaDB, whose documented {@code DATE}/{@code DATETIME} range starts there
 * (https://mariadb.com/kb/en/datetime/).
 *
 * @param database  the database's name for messages
 * @param minYear   the first year stored
 * @param maxYear   the last year stored
 */
public record TemporalLimits(String database, int minYear, int maxYear) {

    /** Checks that {@code nanos} (of {@code value}) are whole microseconds. */
    public void checkMicros(DataType<?> type, Object value, int nanos) {
        if (nanos % 1000 != 0) {
            throw ValueRejection.invalid(database, type, value,
                    "time precision is microseconds and this value has nanoseconds (" + nanos % 1000
                            + " ns past the microsecond); truncate it first, e.g. with truncatedTo(ChronoUnit.MICROS)");
        }
    }

    /** Checks that {@code year} (of {@code value}, in UTC for instants) is in range. */
    public void checkYear(DataType<?> type, Object value, int year) {
        if (year < minYear || year > maxYear) {
            throw ValueRejection.invalid(database, type, value,
                    "the year " + year + " is outside the supported range " + minYear + ".." + maxYear);
        }
    }

    /** Both checks. */
    public void check(DataType<?> type, Object value, int year, int nanos) {
        checkYear(type, value, year);
        checkMicros(type, value, nanos);
    }
}
