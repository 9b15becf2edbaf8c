package dev.quarry.migrate;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.error.QuarryException;
import dev.quarry.schema.SchemaChange.RebuildTable;
import dev.quarry.spi.DdlOperations.RebuildGuard;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link MigrationScript} on a database: in one transaction where DDL is transactional (SQLite, PostgreSQL),
 * so a failure leaves the schema and the rows as they were; statement by statement where it is not (MariaDB), so a
 * failure says which statements ran. A table rebuild runs under the database's rebuild guard. Internal; stateless.
 */
final class ScriptRunner {
    private ScriptRunner() {
    }

    static void run(Quarry db, MigrationScript script) {
        if (script.isEmpty()) {
            return;
        }
        List<String> statements = script.statements();
        boolean transactional = db.platform().capabilities().transactionalDdl();
        db.withConnection(ConnectionAccess.WRITE, c -> {
            if (transactional) {
                inTransaction(c, script, statements);
            } else {
                oneByOne(c, statements);
            }
            return null;
        });
    }

    private static void inTransaction(Connection c, MigrationScript script, List<String> statements)
            throws SQLException {
        RebuildGuard guard = script.guard().orElse(null);
        if (guard != null) {
            List<String> rebuilt = script.steps().stream().map(MigrationScript.Step::change)
                    .filter(RebuildTable.class::isInstance).map(ch -> ch.tableName()).toList();
            RebuildTriggers.refuseIfAny(c, guard, rebuilt, "the migration");
        }
        try (Statement s = c.createStatement()) {
            if (guard != null) {
                s.execute(guard.beforeTransaction());
            }
            try {
                c.setAutoCommit(false);
                for (String sql : statements) {
                    execute(s, sql);
                }
                if (guard != null) {
                    checkForeignKeys(s, guard, script);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                if (guard != null) {
                    s.execute(guard.afterTransaction());
                }
            }
        }
    }

    private static void checkForeignKeys(Statement s, RebuildGuard guard, MigrationScript script)
            throws SQLException {
        List<String> broken = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(guard.foreignKeyCheck())) {
            while (rs.next() && broken.size() < 10) {
                broken.add(rs.getString(1));
            }
        }
        if (!broken.isEmpty()) {
            List<String> rebuilt = script.steps().stream().map(MigrationScript.Step::change)
                    .filter(RebuildTable.class::isInstance).map(ch -> ch.tableName()).toList();
            throw new QuarryException("after rebuilding " + rebuilt + ", rows of " + broken + " reference rows that"
                    + " do not exist; the migration was rolled back and nothing changed");
        }
    }

    private static void oneByOne(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    execute(s, statements.get(i));
                } catch (SQLException e) {
                    throw new MigrationFailedException(i, statements, e);
                }
            }
        }
    }

    private static void execute(Statement s, String sql) throws SQLException {
        s.execute(sql);
    }
}
