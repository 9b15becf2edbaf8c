package dev.quarry.query;

import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import java.util.Objects;

/**
 * {@code CAST(expression AS type)}, for converting what javac keeps apart. Only the portable targets below are
 * allowed, each converting the same way on every database:
 *
 * <ul>
 *   <li>numbers and text: SHORT, INT, LONG, DOUBLE, DECIMAL, STRING;</li>
 *   <li>LOCAL_DATE from ISO text ({@code 2021-03-15}), a date-time or an instant (its date in UTC);</li>
 *   <li>LOCAL_DATE_TIME from ISO text ({@code 2021-03-15 13:45:00[.ffffff]}, a {@code T} also separates; a date
 *       alone is midnight), a date (midnight) or an instant (its date-time in UTC);</li>
 *   <li>LOCAL_TIME from ISO text ({@code 13:45[:00[.ffffff]]}), a date-time or an instant (its time in UTC).</li>
 * </ul>
 *
 * Text that is not a date or time in that form is an error on PostgreSQL and NULL on SQLite and MariaDB.
 *
 * @param expression the converted expression
 * @param type       the target type
 * @param <T>        the Java type of the result
 */
public record Cast<T>(Expression<?> expression, DataType<T> type) implements Expression<T> {
    public Cast {
        Objects.requireNonNull(expression, "expression");
        SqlType from = expression.type().kind();
        switch (type.kind()) {
            case SHORT, INT, LONG, DOUBLE, DECIMAL, STRING -> {
            }
            case LOCAL_DATE -> from(type, from, SqlType.STRING, SqlType.LOCAL_DATE, SqlType.LOCAL_DATE_TIME,
                    SqlType.INSTANT, SqlType.OFFSET_DATE_TIME);
            case LOCAL_DATE_TIME -> from(type, from, SqlType.STRING, SqlType.LOCAL_DATE, SqlType.LOCAL_DATE_TIME,
                    SqlType.INSTANT, SqlType.OFFSET_DATE_TIME);
            case LOCAL_TIME -> from(type, from, SqlType.STRING, SqlType.LOCAL_TIME, SqlType.LOCAL_DATE_TIME,
                    SqlType.INSTANT, SqlType.OFFSET_DATE_TIME);
            default -> throw new IllegalArgumentException("Quarry casts only to SHORT, INT, LONG, DOUBLE, DECIMAL, "
                    + "STRING, LOCAL_DATE, LOCAL_DATE_TIME or LOCAL_TIME, the same way on every database; not to "
                    + type);
        }
    }

    private static void from(DataType<?> target, SqlType from, SqlType... allowed) {
        for (SqlType a : allowed) {
            if (a == from) {
                return;
            }
        }
        throw new IllegalArgumentException("Quarry does not cast " + from + " to " + target + "; see Cast");
    }
}
