package dev.quarry.internal.dialect.errors;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs SQL that must fail and hands back the driver's error, for the translators to translate. */
final class Failing {
    /** Work that should throw. */
    interface SqlWork {
        void run() throws SQLException;
    }

    private Failing() {
    }

    /** The error {@code sql} raises on {@code c}. */
    static SQLException error(Connection c, String sql) {
        return error(() -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
    }

    /** The error {@code work} raises. */
    static SQLException error(SqlWork work) {
        try {
            work.run();
        } catch (SQLException e) {
            return e;
        }
        return fail("expected the database to refuse this");
    }

    static void execute(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
