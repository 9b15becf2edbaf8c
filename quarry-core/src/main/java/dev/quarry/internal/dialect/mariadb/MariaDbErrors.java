package dev.quarry.internal.dialect.mariadb;

import dev.quarry.error.BusyException;
import dev.quarry.error.CheckViolationException;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.InvalidValueException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.SerializationFailureException;
import dev.quarry.internal.dialect.KeyViolation;
import dev.quarry.internal.dialect.codec.SqlExceptionChain;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;

/**
 * Translates MariaDB (and MySQL) errors by server error number
 * (https://mariadb.com/kb/en/mariadb-error-code-reference/). MariaDB sends no structured constraint or column
 * fields, so names are read from the English messages ({@code lc_messages} other than English leaves them null).
 * Uses only {@link SQLException}; no driver class is needed.
 */
public final class MariaDbErrors {
    private MariaDbErrors() {
    }

    /** The typed exception for {@code e}, raised by {@code sql}. */
    public static QuarryException translate(SQLException e, String sql) {
        SQLException found = SqlExceptionChain.find(e, x -> x.getErrorCode() > 0);
        SQLException source = found != null ? found : e;
        String message = MariaDbMessageNames.withoutValues(source.getMessage());
        SQLException lost = SqlExceptionChain.find(e, MariaDbErrors::isConnectionLoss);
        if (lost != null) {
            return new ConnectionLostException("The connection to the MariaDB server was lost (" + describe(lost)
                    + ") before anything of this work was committed: the server rolls back a transaction whose"
                    + " connection ends. Run the work again; inside a transaction, run the whole transaction again. "
                    + MariaDbMessageNames.withoutValues(lost.getMessage()), sql, e);
        }
        switch (source.getErrorCode()) {
            case 1062: // ER_DUP_ENTRY: Duplicate entry '...' for key 'name' (MySQL 8: 'table.name')
                String key = afterLastDot(MariaDbMessageNames.quotedAfterLast(message, "for key "));
                return new KeyViolation("A row with the same key already exists (unique key " + key
                        + "); nothing was written. " + message, sql, e, key, List.of());
            case 1451: // ER_ROW_IS_REFERENCED_2
            case 1452: // ER_NO_REFERENCED_ROW_2: ... CONSTRAINT `fk` FOREIGN KEY (`c`) REFERENCES ...
                String fk = MariaDbMessageNames.quotedAfter(message, "CONSTRAINT ");
                String fkColumn = MariaDbMessageNames.quotedAfter(message, "FOREIGN KEY (");
                return new ForeignKeyViolationException((source.getErrorCode() == 1451
                        ? "A row still referred to by a foreign key (" + fk + ") was deleted or changed"
                        : "The row refers to a missing row (foreign key " + fk + ")")
                        + "; nothing was written. " + message, sql, e, fk, fkColumn);
            case 1048: // ER_BAD_NULL_ERROR: Column 'c' cannot be null
            case 1364: // ER_NO_DEFAULT_FOR_FIELD: Field 'c' doesn't have a default value
                String column = MariaDbMessageNames.quotedAfter(message,
                        source.getErrorCode() == 1048 ? "Column " : "Field ");
                return new NotNullViolationException("No value was given for NOT NULL column " + column
                        + "; nothing was written. " + message, sql, e, null, column);
            case 3819: // MySQL ER_CHECK_CONSTRAINT_VIOLATED: Check constraint 'c' is violated.
            case 4025: // MariaDB ER_CONSTRAINT_FAILED: CONSTRAINT `c` failed for `db`.`t`
                String check = MariaDbMessageNames.quotedAfter(message,
                        source.getErrorCode() == 3819 ? "constraint " : "CONSTRAINT ");
                return new CheckViolationException("A CHECK constraint failed (" + check + "); nothing was written. "
                        + message, sql, e, check, null);
            case 1213: // ER_LOCK_DEADLOCK
                return new SerializationFailureException("A deadlock with another transaction was detected and this"
                        + " one was rolled back; run the whole transaction again. " + message, sql, e);
            case 1205: // ER_LOCK_WAIT_TIMEOUT (only the statement is rolled back, unless innodb_rollback_on_timeout)
                return new BusyException("A row lock held by another transaction was not released within"
                        + " innodb_lock_wait_timeout; retry the work. " + message, sql, e);
            case 1792: // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
                return new MisuseException("A write was attempted in a read-only transaction or on a read-only"
                        + " database. " + message + (sql == null ? "" : "\n  SQL: " + sql), e);
            default:
                String invalid = invalidValueWords(source.getErrorCode());
                if (invalid != null) {
                    return new InvalidValueException("A value cannot be stored: " + invalid + "; nothing was"
                            + " written. " + message, sql, e);
                }
                return new QuarryException("MariaDB reported an error (" + source.getErrorCode() + "): " + message,
                        sql, e);
        }
    }

    /**
     * Whether {@code x} says the session is gone: SQLSTATE class 08 (connection exception), which MariaDB
     * Connector/J raises as {@link SQLNonTransientConnectionException} for a socket error, a refused connection or
     * the server's 1053 ER_SERVER_SHUTDOWN; server error 1927 ER_CONNECTION_KILLED ({@code KILL CONNECTION} of a
     * running statement, sent with SQLSTATE 70100); client errors 2006 CR_SERVER_GONE_ERROR and 2013 CR_SERVER_LOST
     * (https://mariadb.com/kb/en/mariadb-error-code-reference/). Not {@code SQLTransientConnectionException}: the
     * connector also gives that type to every SQLSTATE class it does not map, such as a {@code SIGNAL} of '45000'
     * (its {@code ExceptionFactory} falls back to it), so the type says nothing about the connection.
     */
    private static boolean isConnectionLoss(SQLException x) {
        String state = x.getSQLState();
        return x instanceof SQLNonTransientConnectionException || (state != null && state.startsWith("08"))
                || x.getErrorCode() == 1927 || x.getErrorCode() == 2006 || x.getErrorCode() == 2013;
    }

    private static String describe(SQLException x) {
        return x.getErrorCode() > 0 ? "error " + x.getErrorCode() : "SQLSTATE " + x.getSQLState();
    }

    /** What each data error we translate means, in words; null for other codes. */
    private static String invalidValueWords(int code) {
        switch (code) {
            case 1406:
                return "text or bytes longer than the column allows";
            case 1264:
                return "a number outside its column's range";
            case 1265:
                return "a value the column would have to truncate";
            case 1292:
                return "a date, time or number in an invalid form or out of range";
            case 1366:
                return "a value that is not valid for the column's type or character set";
            default:
                return null;
        }
    }

    private static String afterLastDot(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /**
     * Whether {@code e} is ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION (1792, SQLSTATE 25006,
     * https://mariadb.com/kb/en/mariadb-error-codes/).
     */
    public static boolean isReadOnly(SQLException e) {
        return SqlExceptionChain.find(e, x -> x.getErrorCode() == 1792 || "25006".equals(x.getSQLState())) != null;
    }
}
