package dev.quarry.relation;

import dev.quarry.StatementEvent;
import dev.quarry.StatementListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Counts the queries and writes a database runs successfully, through the public {@link StatementListener} hook: SELECT,
 * INSERT, UPDATE and DELETE, leaving out transaction control and DDL (which SQLite sends as SQL and the servers
 * through JDBC calls, so counting them would make the numbers differ by database). Thread-safe.
 */
public final class StatementCounter implements StatementListener {
    private final List<String> statements = new ArrayList<>();

    @Override
    public synchronized void onStatement(StatementEvent event) {
        if (!event.succeeded()) {
            return; // counts what ran; a failed statement is reported too, with its failure
        }
        String sql = event.sql();
        String head = sql.stripLeading().toUpperCase(Locale.ROOT);
        if (head.startsWith("SELECT") || head.startsWith("INSERT") || head.startsWith("UPDATE")
                || head.startsWith("DELETE") || head.startsWith("WITH")) {
            statements.add(sql);
        }
    }

    /** The statements counted since the last reset. */
    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** How many statements ran since the last reset. */
    public synchronized int count() {
        return statements.size();
    }

    /** Forgets what was counted. */
    public synchronized void reset() {
        statements.clear();
    }

    /** Counts the statements {@code work} runs. */
    public int during(Runnable work) {
        reset();
        work.run();
        return count();
    }
}
