package dev.quarry.internal.dialect.sqlite;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The text forms SQLite's date and time functions use (https://www.sqlite.org/lang_datefunc.html): dates as
 * {@code YYYY-MM-DD}, times as {@code HH:MM:SS[.ffffff]}, date-times as {@code YYYY-MM-DD HH:MM:SS[.ffffff]}
 * (what {@code datetime()} and Chinook's SQLite file hold). Instants are written in UTC in the same form. The
 * fraction has no trailing zeros; since seconds are always written, text order is time order.
 *
 * <p>Reading is lenient the way SQLite's own functions are: a {@code T} instead of the space, no seconds, one to
 * nine fraction digits, and (for instants) a trailing {@code Z} or {@code +HH:MM}/{@code -HH:MM} offset.
 * Hand-written instead of {@code DateTimeFormatter}, which is several times slower and locale-sensitive.
 * Stateless and thread-safe.
 */
final class SqliteTemporalText {
    private SqliteTemporalText() {
    }

    static String format(LocalDate d) {
        StringBuilder sb = new StringBuilder(10);
        appendDate(sb, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return sb.toString();
    }

    static String format(LocalTime t) {
        StringBuilder sb = new StringBuilder(15);
        appendTime(sb, t.getHour(), t.getMinute(), t.getSecond(), t.getNano());
        return sb.toString();
    }

    static String format(LocalDateTime dt) {
        StringBuilder sb = new StringBuilder(26);
        appendDate(sb, dt.getYear(), dt.getMonthValue(), dt.getDayOfMonth());
        sb.append(' ');
        appendTime(sb, dt.getHour(), dt.getMinute(), dt.getSecond(), dt.getNano());
        return sb.toString();
    }

    /** {@code instant} as its UTC date-time text. */
    static String format(Instant instant) {
        return format(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC));
    }

    /** The UTC date-time of {@code instant}, for range checks. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
    }

    private static void appendDate(StringBuilder sb, int year, int month, int day) {
        pad(sb, year, 4).append('-');
        pad(sb, month, 2).append('-');
        pad(sb, day, 2);
    }

    private static void appendTime(StringBuilder sb, int hour, int minute, int second, int nanos) {
        pad(sb, hour, 2).append(':');
        pad(sb, minute, 2).append(':');
        pad(sb, second, 2);
        if (nanos != 0) {
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            sb.append('.');
            pad(sb, nanos, digits);
        }
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        for (int limit = 10, i = 1; i < width; i++, limit *= 10) {
            if (value < limit) {
                sb.append('0');
            }
        }
        return sb.append(value);
    }

    /** The date of {@code YYYY-MM-DD}, or null if {@code s} is not one. */
    static LocalDate parseDate(String s) {
        if (s.length() != 10 || !isDate(s, 0)) {
            return null;
        }
        try {
            return LocalDate.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The time of {@code HH:MM[:SS[.f...]]}, or null if {@code s} is not one. */
    static LocalTime parseTime(String s) {
        int[] parts = new int[4];
        int end = time(s, 0, parts);
        if (end != s.length()) {
            return null;
        }
        try {
            return LocalTime.of(parts[0], parts[1], parts[2], parts[3]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date-time of {@code YYYY-MM-DD[ T]HH:MM[:SS[.f...]]}, or null if {@code s} is not one (or has an offset). */
    static LocalDateTime parseDateTime(String s) {
        int[] parts = new int[4];
        int end = dateTime(s, parts);
        return end == s.length() ? localDateTime(s, parts) : null;
    }

    /** The instant of a UTC date-time text, optionally ending in {@code Z} or an offset; null if not one. */
    static Instant parseInstant(String s) {
        int[] parts = new int[4];
        int end = dateTime(s, parts);
        if (end < 0) {
            return null;
        }
        int offsetSeconds = offset(s, end);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        LocalDateTime local = localDateTime(s, parts);
        return local == null ? null : local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    private static LocalDateTime localDateTime(String s, int[] time) {
        try {
            return LocalDateTime.of(num(s, 0, 4), num(s, 5, 2), num(s, 8, 2), time[0], time[1], time[2], time[3]);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Parses a date, separator and time; returns the index after the time, or -1. */
    private static int dateTime(String s, int[] time) {
        if (s.length() < 16 || !isDate(s, 0) || (s.charAt(10) != ' ' && s.charAt(10) != 'T')) {
            return -1;
        }
        return time(s, 11, time);
    }

    /** Parses {@code HH:MM[:SS[.f...]]} at {@code at} into hour, minute, second, nanos; the index after, or -1. */
    private static int time(String s, int at, int[] out) {
        if (s.length() < at + 5 || !digits(s, at, 2) || s.charAt(at + 2) != ':' || !digits(s, at + 3, 2)) {
            return -1;
        }
        out[0] = num(s, at, 2);
        out[1] = num(s, at + 3, 2);
        int i = at + 5;
        if (i < s.length() && s.charAt(i) == ':') {
            if (!digits(s, i + 1, 2)) {
                return -1;
            }
            out[2] = num(s, i + 1, 2);
            i += 3;
            if (i < s.length() && s.charAt(i) == '.') {
                int start = ++i;
                int nanos = 0;
                while (i < s.length() && i - start < 9 && isDigit(s.charAt(i))) {
                    nanos = nanos * 10 + (s.charAt(i++) - '0');
                }
                if (i == start || (i < s.length() && isDigit(s.charAt(i)))) {
                    return -1; // no digits, or more than nine
                }
                for (int n = i - start; n < 9; n++) {
                    nanos *= 10;
                }
                out[3] = nanos;
            }
        }
        return i;
    }

    /** The offset in seconds of the suffix at {@code at} ({@code ""}, {@code Z}, {@code ±HH:MM}), or MIN_VALUE. */
    private static int offset(String s, int at) {
        int rest = s.length() - at;
        if (rest == 0) {
            return 0;
        }
        if (rest == 1 && (s.charAt(at) == 'Z' || s.charAt(at) == 'z')) {
            return 0;
        }
        char sign = s.charAt(at);
        if (rest == 6 && (sign == '+' || sign == '-') && digits(s, at + 1, 2) && s.charAt(at + 3) == ':'
                && digits(s, at + 4, 2)) {
            int seconds = num(s, at + 1, 2) * 3600 + num(s, at + 4, 2) * 60;
            return seconds > 18 * 3600 ? Integer.MIN_VALUE : sign == '-' ? -seconds : seconds;
        }
        return Integer.MIN_VALUE;
    }

    private static boolean isDate(String s, int at) {
        return digits(s, at, 4) && s.charAt(at + 4) == '-' && digits(s, at + 5, 2) && s.charAt(at + 7) == '-'
                && digits(s, at + 8, 2);
    }

    private static boolean digits(String s, int at, int n) {
        if (at + n > s.length()) {
            return false;
        }
        for (int i = at; i < at + n; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int num(String s, int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
