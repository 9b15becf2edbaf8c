package dev.quarry.migrate;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.schema.SchemaChange.RebuildTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        boolean embedded = db.platform().capabilities().embedded();
        db.withConnection(ConnectionAccess.WRITE, c -> {
            if (transactional) {
                inTransaction(c, embedded, script, statements);
            } else {
                oneByOne(c, statements);
            }
            return null;
        });
    }

    private static void inTransaction(Connection c, boolean embedded, MigrationScript script,
                                      List<String> statements) throws SQLException {
        List<String> rebuilt = script.steps().stream().map(MigrationScript.Step::change)
                .filter(RebuildTable.class::isInstance).map(ch -> ch.tableName()).toList();
        DdlTransaction.run(c, embedded, script.guard().orElse(null), rebuilt, "the migration", s -> {
            for (String sql : statements) {
                s.execute(sql);
            }
            return true;
        });
    }

    private static void oneByOne(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    s.execute(statements.get(i));
                } catch (SQLException e) {
                    throw new MigrationFailedException(i, statements, e);
                }
            }
        }
    }
}
