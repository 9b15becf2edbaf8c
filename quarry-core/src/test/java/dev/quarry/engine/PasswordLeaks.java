package dev.quarry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Looks for a password everywhere an exception can show it: its message and {@code toString}, and those of every
 * cause, suppressed and next ({@link SQLException#getNextException()}) exception, and its printed stack trace.
 * Ignores case, as a driver may change it. Stateless.
 */
final class PasswordLeaks {
    private PasswordLeaks() {
    }

    /** What {@code action} threw; fails the test if it returned. */
    static Throwable thrownBy(ThrowingCallable action) {
        try {
            action.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("expected a failure, but it returned normally");
    }

    /** Fails the test if {@code password} shows anywhere in {@code thrown}. */
    static void assertShowsNoPassword(Throwable thrown, String password) {
        StringBuilder all = new StringBuilder();
        collect(thrown, all, Collections.newSetFromMap(new IdentityHashMap<>()));
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        all.append(trace);
        assertThat(all.toString().toLowerCase(Locale.ROOT))
                .as("what %s shows", thrown.getClass().getName())
                .doesNotContain(password.toLowerCase(Locale.ROOT));
    }

    private static void collect(Throwable t, StringBuilder all, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        all.append(t.getMessage()).append('\n').append(t).append('\n');
        for (Throwable s : t.getSuppressed()) {
            collect(s, all, seen);
        }
        collect(t.getCause(), all, seen);
        if (t instanceof SQLException e) {
            collect(e.getNextException(), all, seen);
        }
    }
}
