package dev.quarry;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The rules every {@link QuarrySettings} value obeys whatever the database; each broken rule is an
 * {@link IllegalArgumentException} (a {@link NullPointerException} for a missing value) that names the setting,
 * the value given and what to set instead. Rules that depend on the database are checked by {@code Quarry.open}.
 * Stateless.
 */
final class SettingsRules {
    /**
     * The longest busy timeout, in milliseconds: SQLite's {@code sqlite3_busy_timeout} takes an {@code int} of
     * milliseconds (https://www.sqlite.org/c3ref/busy_timeout.html) and PostgreSQL's {@code lock_timeout} tops out
     * at {@code INT_MAX} milliseconds (https://www.postgresql.org/docs/current/runtime-config-client.html).
     */
    static final long MAX_BUSY_MILLIS = Integer.MAX_VALUE;

    private SettingsRules() {
    }

    /** {@code value}, or a {@link NullPointerException} saying to leave the setting unset instead. */
    static <T> T notNull(T value, String name, String defaultValue) {
        if (value == null) {
            throw new NullPointerException(name + " must not be null; leave it unset for the default of "
                    + defaultValue);
        }
        return value;
    }

    static void check(QuarrySettings s) {
        atLeast("readers", s.readers(), 1, "give the SQLite engine at least one reader connection");
        atLeast("maxPoolSize", s.maxPoolSize(), 1, "a server pool needs at least one connection");
        atLeast("statementCacheSize", s.statementCacheSize(), 0, "set 0 to turn the cache off");
        timeout("busyTimeout", s.busyTimeout());
        wholeMillis("busyTimeout", s.busyTimeout(), "SQLite and PostgreSQL count lock waits in milliseconds, "
                + "MariaDB in seconds");
        if (s.busyTimeout().compareTo(Duration.ofMillis(MAX_BUSY_MILLIS)) > 0) {
            throw new IllegalArgumentException("busyTimeout must be at most " + MAX_BUSY_MILLIS + " ms (about 24.8 "
                    + "days), the longest wait SQLite's busy_timeout and PostgreSQL's lock_timeout hold; was "
                    + describe(s.busyTimeout()) + "; set a shorter one");
        }
        timeout("acquireTimeout", s.acquireTimeout());
        wholeMillis("acquireTimeout", s.acquireTimeout(), "HikariCP counts its connection timeout in milliseconds");
        timeout("closeTimeout", s.closeTimeout());
        timeout("slowStatementThreshold", s.slowStatementThreshold());
        timeout("changePollInterval", s.changePollInterval());
        if (s.changePollInterval().isZero()) {
            throw new IllegalArgumentException("changePollInterval must be positive, was 0; watched queries poll at "
                    + "this interval (100 ms by default)");
        }
        oneOf("journalMode", s.journalMode(), "DELETE, TRUNCATE, PERSIST, MEMORY, WAL, OFF",
                "https://www.sqlite.org/pragma.html#pragma_journal_mode");
        oneOf("synchronous", s.synchronous(), "OFF, NORMAL, FULL, EXTRA",
                "https://www.sqlite.org/pragma.html#pragma_synchronous");
    }

    private static void atLeast(String name, int value, int least, String advice) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be >= " + least + ", was " + value + "; " + advice);
        }
    }

    private static void timeout(String name, Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + describe(d)
                    + "; set zero or more");
        }
        try {
            d.toNanos(); // the waits (lock, pool, close) count nanoseconds in a long
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " of " + d + " is longer than a Java wait can be (about 292 "
                    + "years of nanoseconds); set a shorter one");
        }
    }

    private static void wholeMillis(String name, Duration d, String why) {
        if (d.getNano() % 1_000_000 != 0) {
            long floor = d.toMillis();
            throw new IllegalArgumentException(name + " must be a whole number of milliseconds, was " + describe(d)
                    + " (" + why + "); set " + floor + " ms or " + (floor + 1) + " ms");
        }
    }

    private static void oneOf(String name, String value, String allowed, String reference) {
        if (!value.matches("(?i)" + allowed.replace(", ", "|"))) {
            throw new IllegalArgumentException(name + " must be one of " + allowed + "; was '" + value
                    + "'; pick one of them (" + reference + ")");
        }
    }

    /** "1500 ms", "0.25 ms": a duration in the unit the messages use. */
    static String describe(Duration d) {
        BigDecimal ms = new BigDecimal(d.getSeconds()).multiply(BigDecimal.valueOf(1000))
                .add(BigDecimal.valueOf(d.getNano(), 6));
        return ms.stripTrailingZeros().toPlainString() + " ms";
    }
}
