package dev.quarry.watch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A separate process that writes with plain JDBC, no Quarry: {@code JdbcWriter <url> <sql>...} runs each statement
 * in auto-commit mode and exits 0.
 */
public final class JdbcWriter {
    private JdbcWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0]); Statement st = c.createStatement()) {
            for (int i = 1; i < args.length; i++) {
                st.execute(args[i]);
            }
        }
    }
}
