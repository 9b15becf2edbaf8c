package dev.quarry.bench;

import java.util.Objects;

/**
 * Checks, in each benchmark's setup and outside the measurement, that a library returns or writes what raw JDBC
 * does, so no library is measured doing less work. A mismatch fails the trial.
 */
final class Verify {
    private Verify() {
    }

    static void same(String library, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            throw new IllegalStateException(library + " returned a different " + what + " than raw JDBC:\n  expected "
                    + abbreviate(expected) + "\n  actual   " + abbreviate(actual));
        }
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
