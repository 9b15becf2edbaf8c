package dev.quarry.internal.engine;

import java.sql.SQLException;

/** What the engine itself must recognise in a server error (the dialects translate the rest). Stateless. */
final class ServerErrors {
    private ServerErrors() {
    }

    /**
     * SQLSTATE 25006, read_only_sql_transaction: PostgreSQL (https://www.postgresql.org/docs/current/errcodes-appendix.html)
     * and MariaDB's ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION (https://mariadb.com/kb/en/mariadb-error-codes/).
     */
    static boolean isReadOnlyViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("25006".equals(x.getSQLState()) || x.getErrorCode() == 1792) {
                return true;
            }
        }
        return false;
    }
}
