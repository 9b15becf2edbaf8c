package dev.quarry.testing;

import dev.quarry.spi.ResourceCounts;

/**
 * What the test kit's leak check compares: what every open handle holds ({@link OpenHandles}, from each handle's
 * {@code platform().resources()}): borrowed connections, statements outside the statement cache, result sets,
 * dedicated connections and background tasks.
 */
public final class Leaks {
    private Leaks() {
    }

    /** The counts now, over every handle. */
    public static ResourceCounts now() {
        return OpenHandles.total();
    }

    /**
     * What {@code after} holds open that a test must have closed, or null when nothing leaked. A count above zero
     * leaks unless it was already that high before the test (an earlier test's leak, reported by that test).
     */
    public static String leak(ResourceCounts before, ResourceCounts after) {
        StringBuilder b = new StringBuilder();
        describe(b, "connection", before.connections(), after.connections());
        describe(b, "statement", before.statements(), after.statements());
        describe(b, "result set", before.resultSets(), after.resultSets());
        describe(b, "dedicated connection", before.dedicatedConnections(), after.dedicatedConnections());
        describe(b, "background task", before.backgroundTasks(), after.backgroundTasks());
        return b.length() == 0 ? null : "the test left " + b + " open (resource counts of every handle after the "
                + "test; close streams with try-with-resources, never keep a connection past its callback, and "
                + "close dedicated connections and stop background tasks)";
    }

    private static void describe(StringBuilder b, String what, int before, int after) {
        if (after > 0 && after > before) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(after).append(' ').append(what).append(after == 1 ? "" : "s");
            if (before > 0) {
                b.append(" (").append(before).append(" before it)");
            }
        }
    }

    /** Fails with {@link AssertionError} when {@link #leak} finds one. */
    public static void assertNoLeak(ResourceCounts before, String testName) {
        String leak = leak(before, now());
        if (leak != null) {
            throw new AssertionError(testName + ": " + leak);
        }
    }
}
