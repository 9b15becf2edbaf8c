package dev.quarry.migrate;

import dev.quarry.spi.DdlOperations.RebuildGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table rebuild drops the old table and its triggers with it: the runner reads the triggers' CREATE statements
 * before the rebuild and runs them again after it, in the same transaction, so they survive. SQLite checks a
 * trigger's body only when it fires (https://www.sqlite.org/lang_createtrigger.html), so one that reads a dropped
 * column is created again and fails when it next fires; a CREATE TRIGGER that fails outright rolls the migration
 * back, naming the trigger. Flyway does not do this: under Flyway a rebuild drops the table's triggers. Internal;
 * stateless.
 */
final class RebuildTriggers {
    private RebuildTriggers() {
    }

    /** A trigger's name and its CREATE statement. */
    record Trigger(String table, String name, String sql) {
    }

    /** The triggers on {@code tables}, read now. */
    static List<Trigger> read(Connection c, RebuildGuard guard, List<String> tables) throws SQLException {
        List<Trigger> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(guard.triggersOf())) {
            for (String table : tables) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Trigger(table, rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Creates {@code triggers} again.
     *
     * @throws MigrationException naming the trigger that no longer fits its rebuilt table
     */
    static void recreate(java.sql.Statement s, List<Trigger> triggers, String what) {
        for (Trigger t : triggers) {
            try {
                s.execute(t.sql());
            } catch (SQLException e) {
                throw new MigrationException(what + " rebuilt table '" + t.table() + "', and its trigger '" + t.name()
                        + "' no longer fits it (" + e.getMessage() + "); it was rolled back and nothing changed. Drop"
                        + " or change the trigger in a migration before this one", t.sql(), e);
            }
        }
    }
}
