package dev.quarry.migrate;

import dev.quarry.spi.DdlOperations.RebuildGuard;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One migration's transaction where DDL is transactional (SQLite, PostgreSQL), with a table rebuild's guard around
 * it: foreign keys off before the transaction, the rebuilt tables' triggers created again after the rebuild,
 * foreign keys checked before the commit, and on again after.
 * SQLite's transaction is begun by hand as {@code BEGIN IMMEDIATE}, which takes the write lock before the body reads
 * anything, so two processes cannot both find a migration pending; the servers use JDBC's. Internal; stateless.
 */
final class DdlTransaction {
    private DdlTransaction() {
    }

    /** The work inside the transaction; false rolls it back without an error (there was nothing to do). */
    interface Body {
        boolean run(Statement s) throws SQLException;
    }

    /**
     * Runs {@code body} in one transaction on {@code c} (in auto-commit mode, and left so); whether it committed.
     *
     * @param embedded whether the database is SQLite ({@code capabilities().embedded()})
     * @param guard    the rebuild guard when the work rebuilds {@code rebuilt} tables, else null
     * @param what     names the work in messages, e.g. "V3"
     */
    static boolean run(Connection c, boolean embedded, RebuildGuard guard, List<String> rebuilt, String what,
                       Body body) throws SQLException {
        List<RebuildTriggers.Trigger> triggers = guard == null ? List.of() : RebuildTriggers.read(c, guard, rebuilt);
        try (Statement s = c.createStatement()) {
            if (guard != null) {
                s.execute(guard.beforeTransaction());
            }
            boolean began = false;
            try {
                if (embedded) {
                    s.execute("BEGIN IMMEDIATE");
                } else {
                    c.setAutoCommit(false);
                }
                began = true;
                if (!body.run(s)) {
                    rollback(c, s, embedded);
                    return false;
                }
                RebuildTriggers.recreate(s, triggers, what);
                if (guard != null) {
                    checkForeignKeys(s, guard, what);
                }
                if (embedded) {
                    s.execute("COMMIT");
                } else {
                    c.commit();
                }
                return true;
            } catch (SQLException | RuntimeException e) {
                if (began) {
                    rollback(c, s, embedded);
                }
                throw e;
            } finally {
                if (!embedded) {
                    c.setAutoCommit(true);
                }
                if (guard != null) {
                    s.execute(guard.afterTransaction());
                }
            }
        }
    }

    private static void rollback(Connection c, Statement s, boolean embedded) throws SQLException {
        if (embedded) {
            s.execute("ROLLBACK");
        } else {
            c.rollback();
        }
    }

    private static void checkForeignKeys(Statement s, RebuildGuard guard, String what) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(guard.foreignKeyCheck())) {
            while (rs.next() && broken.size() < 10) {
                broken.add(rs.getString(1));
            }
        }
        if (!broken.isEmpty()) {
            throw new MigrationException(what + " leaves rows of " + broken + " referencing rows that do not exist;"
                    + " it was rolled back and nothing changed");
        }
    }
}
