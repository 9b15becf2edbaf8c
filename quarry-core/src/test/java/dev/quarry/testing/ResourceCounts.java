package dev.quarry.testing;

import dev.quarry.internal.engine.ResourceTracker;

/**
 * A snapshot of what the engine holds open ({@link ResourceTracker}): borrowed connections, statements outside the
 * statement cache, and result sets.
 *
 * @param connections connections borrowed and not returned
 * @param statements  statements open
 * @param resultSets  result sets (cursors) open
 */
public record ResourceCounts(int connections, int statements, int resultSets) {

    /** The counts now. */
    public static ResourceCounts now() {
        return new ResourceCounts(ResourceTracker.openConnections(), ResourceTracker.openStatements(),
                ResourceTracker.openResultSets());
    }

    /**
     * What {@code after} holds open that a test must have closed, or null when nothing leaked. A count above zero
     * leaks unless it was already that high before the test (an earlier test's leak, reported by that test).
     */
    public static String leak(ResourceCounts before, ResourceCounts after) {
        StringBuilder b = new StringBuilder();
        describe(b, "connection", before.connections, after.connections);
        describe(b, "statement", before.statements, after.statements);
        describe(b, "result set", before.resultSets, after.resultSets);
        return b.length() == 0 ? null : "the test left " + b + " open (ResourceTracker counts after the test; "
                + "close streams with try-with-resources and never keep a connection past its callback)";
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
