package dev.quarry.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Another process writing a SQLite primary file, through plain JDBC (no Quarry), for {@link SqlitePrimaryTest}: in
 * one transaction inserts accounts 10 and 11 and updates account 1. Argument: the primary file.
 */
public final class PrimaryWriterChild {
    private PrimaryWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            c.setAutoCommit(false);
            st.execute("INSERT INTO account (id, owner, balance) VALUES (10, 'from another process', 1)");
            st.execute("INSERT INTO account (id, owner, balance) VALUES (11, 'and another', 2)");
            st.execute("UPDATE account SET balance = balance + 1 WHERE id = 1");
            c.commit();
        }
        System.out.println("WROTE");
    }
}
