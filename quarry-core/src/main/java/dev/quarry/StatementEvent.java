package dev.quarry;

import dev.quarry.error.QuarryException;
import dev.quarry.spi.StatementKind;
import java.time.Duration;
import java.util.Set;

/**
 * One statement the engine ran, as a {@link StatementListener} receives it. Bound values are never included.
 *
 * @param sql           the SQL text, placeholders as {@code ?}
 * @param kind          what the statement does
 * @param tablesRead    the tables it reads, by name (empty for hand-written SQL: see {@code tablesKnown})
 * @param tablesWritten the tables it writes
 * @param tablesKnown   false for hand-written SQL and schema statements, whose tables Quarry does not parse
 * @param elapsedNanos  how long it ran, binding and reading its rows included
 * @param rows          rows returned (a query, RETURNING) or changed (a write, the sum over a batch); -1 if unknown
 *                      or it failed
 * @param batchSize     how many runs a JDBC batch held (1 for a plain statement)
 * @param failure       the error it failed with, or null if it succeeded
 */
public record StatementEvent(String sql, StatementKind kind, Set<String> tablesRead, Set<String> tablesWritten,
                             boolean tablesKnown, long elapsedNanos, long rows, int batchSize,
                             QuarryException failure) {

    /** Whether it succeeded. */
    public boolean succeeded() {
        return failure == null;
    }

    /** How long it ran. */
    public Duration elapsed() {
        return Duration.ofNanos(elapsedNanos);
    }
}
