package dev.quarry.internal.engine;

import dev.quarry.schema.Json;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

/**
 * Which bound values are too big for a cached statement to keep after its run. A driver holds the last values bound
 * to a statement until the next run binds others (sqlite-jdbc in its parameter array and SQLite in the statement's
 * own copy, pgjdbc and MariaDB Connector/J in their parameter lists), so a statement kept in the
 * {@link StatementCache} after binding a 50 MB blob would pin it for as long as the connection lives. Such a
 * statement is cleared when it is given back; any other is not: every run binds all of its parameters again, and on
 * SQLite a clear is one more native call ({@code sqlite3_clear_bindings} under sqlite-jdbc's statement lock), about
 * 75 ns of a 4 us point read in the narrow benchmark's profile (issue 14). Stateless.
 */
final class LargeValues {
    /** Above this many characters or bytes a value is not kept. */
    static final int LIMIT = 8 * 1024;

    private LargeValues() {
    }

    /**
     * Whether values of {@code javaType} can be large at all: anything but numbers, booleans, dates and times, UUIDs
     * and enums (a type not known here may hold text). A plan asks once per parameter, so a number or a date costs no
     * check per run (the checks of an {@code Integer} against four types were 1.5 % of a SQLite batch update's samples
     * in JFR, issue 14).
     */
    static boolean canBeLarge(Class<?> javaType) {
        return !(Number.class.isAssignableFrom(javaType) || javaType == Boolean.class
                || TemporalAccessor.class.isAssignableFrom(javaType)
                || javaType == UUID.class || javaType.isEnum());
    }

    /** Whether {@code value} is text or bytes longer than {@link #LIMIT}. */
    static boolean isLarge(Object value) {
        if (value instanceof String s) {
            return s.length() > LIMIT;
        }
        if (value instanceof byte[] b) {
            return b.length > LIMIT;
        }
        if (value instanceof Json j) {
            return j.text().length() > LIMIT;
        }
        return value instanceof CharSequence cs && cs.length() > LIMIT;
    }
}
