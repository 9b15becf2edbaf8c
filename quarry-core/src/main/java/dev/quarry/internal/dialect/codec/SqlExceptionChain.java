package dev.quarry.internal.dialect.codec;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the driver error that says what went wrong. Batch updates wrap it: a {@code BatchUpdateException}
 * carries the real one as its cause or in {@link SQLException#getNextException()}, and connection pools may wrap
 * once more. The walk follows both links, breadth first from the error caught, and stops at cycles.
 */
public final class SqlExceptionChain {
    private static final int MAX_LINKS = 32;

    private SqlExceptionChain() {
    }

    /** The first error in {@code top}'s chain that {@code wanted} accepts, else null. */
    public static SQLException find(SQLException top, Predicate<SQLException> wanted) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Throwable> queue = new ArrayDeque<>();
        queue.add(top);
        while (!queue.isEmpty() && seen.size() < MAX_LINKS) {
            Throwable t = queue.poll();
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (t instanceof SQLException && wanted.test((SQLException) t)) {
                return (SQLException) t;
            }
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            if (t instanceof SQLException && ((SQLException) t).getNextException() != null) {
                queue.add(((SQLException) t).getNextException());
            }
        }
        return null;
    }
}
