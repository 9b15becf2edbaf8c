package dev.quarry.internal.dialect.mariadb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts a MariaDB session in strict mode if it is not: without {@code STRICT_TRANS_TABLES} an over-long string is
 * cut to fit, a bad date stored as zeros and a missing NOT NULL value replaced by a default, each with only a
 * warning (https://mariadb.com/kb/en/sql-mode/#strict-mode), where SQLite's CHECKed columns and PostgreSQL fail the
 * statement. The server default has included it since MariaDB 10.2.4, but a server's configuration or a connection
 * hook can drop it; the rest of the session's sql_mode is kept. Stateless.
 */
final class MariaDbStrictMode {
    static final String FLAG = "STRICT_TRANS_TABLES";

    private MariaDbStrictMode() {
    }

    static void ensure(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            String mode;
            try (ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
                rs.next();
                mode = rs.getString(1);
            }
            if (!hasFlag(mode)) {
                s.execute("SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), '" + FLAG + "')");
            }
        }
    }

    static boolean hasFlag(String mode) {
        if (mode == null) {
            return false;
        }
        for (String part : mode.split(",")) {
            if (part.trim().equalsIgnoreCase(FLAG)) {
                return true;
            }
        }
        return false;
    }
}
