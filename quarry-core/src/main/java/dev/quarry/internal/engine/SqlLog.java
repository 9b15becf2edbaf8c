package dev.quarry.internal.engine;

import dev.quarry.StatementListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each statement at DEBUG on the logger {@code dev.quarry.sql}: its SQL, elapsed time and, only when
 * {@code QuarrySettings.logValues} is on, its bound values (otherwise their count, redacted: values may be
 * passwords or personal data). No string is built and no clock read unless DEBUG is enabled. Also tells the
 * settings' {@link StatementListener} each statement, whatever the log level. Thread-safe.
 */
final class SqlLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.sql");
    private final boolean logValues;
    private final StatementListener listener;

    SqlLog(boolean logValues, StatementListener listener) {
        this.logValues = logValues;
        this.listener = listener;
    }

    /** A start time if logging is on, else 0 (no clock read). */
    long start() {
        return LOG.isDebugEnabled() ? System.nanoTime() : 0L;
    }

    boolean enabled() {
        return LOG.isDebugEnabled();
    }

    /** Logs a statement that began at {@code start} (from {@link #start()}); {@code values} may be null. */
    void statement(String sql, Plan plan, Object[] values, long start) {
        listener.onStatement(sql);
        if (start == 0L || !LOG.isDebugEnabled()) {
            return;
        }
        double ms = (System.nanoTime() - start) / 1_000_000.0;
        int count = plan == null ? 0 : plan.parameterCount();
        if (count == 0) {
            LOG.debug("{} ({} ms)", sql, String.format(java.util.Locale.ROOT, "%.3f", ms));
        } else if (logValues) {
            List<Object> bound = plan.boundValues(values == null ? new Object[0] : values);
            LOG.debug("{} ({} ms) values {}", sql, String.format(java.util.Locale.ROOT, "%.3f", ms), bound);
        } else {
            LOG.debug("{} ({} ms) values [{} redacted]", sql, String.format(java.util.Locale.ROOT, "%.3f", ms),
                    count);
        }
    }

    /** Logs a batch of {@code rows} rows. */
    void batch(String sql, int rows, long start) {
        listener.onStatement(sql);
        if (start != 0L && LOG.isDebugEnabled()) {
            double ms = (System.nanoTime() - start) / 1_000_000.0;
            LOG.debug("{} (batch of {} rows, {} ms)", sql, rows,
                    String.format(java.util.Locale.ROOT, "%.3f", ms));
        }
    }
}
