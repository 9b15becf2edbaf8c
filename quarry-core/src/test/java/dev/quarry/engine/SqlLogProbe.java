package dev.quarry.engine;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;

/**
 * The second JVM of {@link SqlLoggingTest}: opens a SQLite database with or without {@code logValues}, creates a
 * table and inserts a row with bound values, so the parent can read what the {@code dev.quarry.sql} logger wrote.
 * A JVM of its own because slf4j-simple fixes a logger's level when the logger is made, and the test JVM's
 * {@code dev.quarry.sql} logger may already exist at WARN.
 */
public final class SqlLogProbe {
    /** A bound value the log must not show unless asked to. */
    static final String SECRET = "hunter2";
    static final String INSERT = "INSERT INTO account (id, password) VALUES (?, ?)";

    private SqlLogProbe() {
    }

    /** Arguments: the URL, then {@code true} or {@code false} for {@code logValues}. */
    public static void main(String[] args) {
        QuarrySettings settings = QuarrySettings.builder().logValues(Boolean.parseBoolean(args[1])).build();
        try (Quarry db = Quarry.open(args[0], settings)) {
            db.sql("CREATE TABLE account (id INTEGER PRIMARY KEY, password TEXT NOT NULL)").execute();
            db.sql(INSERT, 1, SECRET).execute();
        }
    }
}
