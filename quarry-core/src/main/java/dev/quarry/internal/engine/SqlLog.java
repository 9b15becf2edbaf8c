package dev.quarry.internal.engine;

import dev.quarry.StatementEvent;
import dev.quarry.StatementListener;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.render.RawSql;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each statement: a DEBUG line on the logger {@code dev.quarry.sql} (its SQL, elapsed time and, only when
 * {@code QuarrySettings.logValues} is on, its bound values; otherwise their count, redacted: values may be
 * passwords or personal data), a WARN line when it ran past the slow-statement threshold, and a
 * {@link StatementEvent} queued on the session for the settings' {@link StatementListener}, which is told once the
 * session's connection is given back ({@link EngineContext#afterRelease}). No clock is read, no string built and no
 * event made unless one of these is on. Thread-safe.
 */
final class SqlLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.sql");
    private final boolean logValues;
    private final StatementListener listener;
    private final boolean events;
    private final long slowNanos;

    SqlLog(boolean logValues, StatementListener listener, long slowNanos) {
        this.logValues = logValues;
        this.listener = listener;
        this.events = listener != StatementListener.NONE;
        this.slowNanos = slowNanos;
    }

    /** Whether bound values may be shown: in the log, and in the message of a value a column refused. */
    boolean logValues() {
        return logValues;
    }

    /** A start time if anything records statements, else 0 (no clock read). */
    long start() {
        return events || slowNanos > 0 || LOG.isDebugEnabled() ? System.nanoTime() : 0L;
    }

    boolean enabled() {
        return LOG.isDebugEnabled();
    }

    /**
     * Records a statement that began at {@code start} (from {@link #start()}).
     *
     * @param plan    its plan, or null for SQL run without one (transaction control, DDL)
     * @param values  its placeholder values, or null
     * @param rows    rows returned or changed, -1 if unknown or failed
     * @param batch   runs in a JDBC batch, 1 for a plain statement
     * @param failure what it failed with, or null
     */
    void statement(Session session, String sql, Plan plan, Object[] values, long start, long rows, int batch,
                   QuarryException failure) {
        if (start == 0L) {
            return;
        }
        long elapsed = System.nanoTime() - start;
        if (LOG.isDebugEnabled()) {
            debug(sql, plan, values, elapsed, batch, failure);
        }
        if (slowNanos > 0 && elapsed >= slowNanos) {
            LOG.warn("slow statement ({} ms, threshold {} ms): {}", millis(elapsed), millis(slowNanos), sql);
        }
        if (events) {
            session.defer(plan == null
                    ? new StatementEvent(sql, RawSql.kindOf(sql), Set.of(), Set.of(), false, elapsed, rows, batch,
                            failure)
                    : new StatementEvent(sql, plan.kind, plan.tablesRead, plan.tablesWritten, plan.tablesKnown,
                            elapsed, rows, batch, failure));
        }
    }

    private void debug(String sql, Plan plan, Object[] values, long elapsed, int batch, QuarryException failure) {
        String outcome = failure == null ? "" : " failed: " + failure.getClass().getSimpleName();
        if (batch > 1) {
            LOG.debug("{} (batch of {} rows, {} ms){}", sql, batch, millis(elapsed), outcome);
            return;
        }
        int count = plan == null ? 0 : plan.parameterCount();
        if (count == 0) {
            LOG.debug("{} ({} ms){}", sql, millis(elapsed), outcome);
        } else if (logValues) {
            List<Object> bound = plan.boundValues(values == null ? new Object[0] : values);
            LOG.debug("{} ({} ms) values {}{}", sql, millis(elapsed), bound, outcome);
        } else {
            LOG.debug("{} ({} ms) values [{} redacted]{}", sql, millis(elapsed), count, outcome);
        }
    }

    /** Tells the listener one event; what it throws goes to {@code callbacks}. */
    void tell(StatementEvent event, CallbackErrors callbacks) {
        try {
            listener.onStatement(event);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            callbacks.report("statement listener", e);
        }
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}
