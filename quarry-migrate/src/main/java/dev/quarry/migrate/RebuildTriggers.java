package dev.quarry.migrate;

import dev.quarry.spi.DdlOperations.RebuildGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table rebuild drops the old table and its triggers with it; rather than lose them silently, a run refuses to
 * rebuild a table that has triggers, before anything runs. Internal; stateless.
 */
final class RebuildTriggers {
    private RebuildTriggers() {
    }

    static void refuseIfAny(Connection c, RebuildGuard guard, List<String> tables, String what) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(guard.triggersOf())) {
            for (String table : tables) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(table + "." + rs.getString(1));
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            throw new MigrationException(what + " rebuilds " + tables + ", which would drop the triggers " + found
                    + " with the old table; nothing ran. Drop them in a migration before this one and create them again"
                    + " in one after it");
        }
    }
}
