package dev.quarry.internal.dialect.sqlite;

import dev.quarry.error.BusyException;
import dev.quarry.error.CheckViolationException;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.KeyViolation;
import dev.quarry.internal.dialect.codec.SqlExceptionChain;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Translates sqlite-jdbc errors into Quarry's typed exceptions by their extended result code
 * (https://www.sqlite.org/rescode.html; sqlite-jdbc turns extended codes on). SQLite names no constraint, but its
 * messages name the column: "UNIQUE constraint failed: t.c", "NOT NULL constraint failed: t.c",
 * "CHECK constraint failed: name". When an error reaches us without its {@link SQLiteException} (some sqlite-jdbc
 * versions build a plain {@code BatchUpdateException} from its message), the code is read from the
 * {@code [SQLITE_...]} prefix sqlite-jdbc puts on every message.
 */
public final class SqliteErrors {
    private SqliteErrors() {
    }

    /** The typed exception for {@code e}, raised by {@code sql}. */
    public static QuarryException translate(SQLException e, String sql) {
        SQLException found = SqlExceptionChain.find(e, x -> x instanceof SQLiteException);
        SQLException source = found != null ? found : e;
        SQLiteErrorCode code = found != null ? ((SQLiteException) found).getResultCode() : codeInMessage(e);
        String message = source.getMessage();
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT) {
            code = constraintKind(message); // extended result codes off: tell the kinds apart by their message
        }
        String detail = SqliteConstraintDetail.of(message);
        switch (code == null ? SQLiteErrorCode.UNKNOWN_ERROR : code) {
            case SQLITE_CONSTRAINT_UNIQUE:
            case SQLITE_CONSTRAINT_PRIMARYKEY:
                return new KeyViolation("A row with the same " + keyWords(code, detail)
                        + " already exists; nothing was written. " + message, sql, e,
                        SqliteConstraintDetail.indexName(detail),
                        SqliteConstraintDetail.columns(detail));
            case SQLITE_CONSTRAINT_FOREIGNKEY:
                return new ForeignKeyViolationException("A foreign key was broken: the row refers to a missing row,"
                        + " or a row still referred to was deleted or changed (SQLite does not say which key);"
                        + " nothing was written. " + message, sql, e, null, null);
            case SQLITE_CONSTRAINT_NOTNULL:
                return new NotNullViolationException("A NULL was written to NOT NULL column "
                        + (detail == null ? "(unnamed)" : detail) + "; nothing was written. " + message, sql, e, null,
                        SqliteConstraintDetail.singleColumn(detail));
            case SQLITE_CONSTRAINT_CHECK:
                return new CheckViolationException("A CHECK constraint failed"
                        + (detail == null ? "" : " (" + detail + ")") + "; nothing was written. " + message, sql, e,
                        detail, null);
            case SQLITE_BUSY:
            case SQLITE_BUSY_RECOVERY:
            case SQLITE_BUSY_SNAPSHOT:
            case SQLITE_BUSY_TIMEOUT:
                return new BusyException("The SQLite database stayed locked by another connection or process past"
                        + " the busy timeout; nothing of this statement was written. Retry the work, or raise the busy"
                        + " timeout. " + message, sql, e);
            case SQLITE_LOCKED:
            case SQLITE_LOCKED_SHAREDCACHE:
            case SQLITE_LOCKED_VTAB:
                return new BusyException("A table is locked by another statement on the same database connection"
                        + " (https://www.sqlite.org/rescode.html#locked); retry once it is done. " + message, sql, e);
            case SQLITE_READONLY:
                // Plain SQLITE_READONLY is what a read-only connection (open flag or PRAGMA query_only) reports;
                // the extended READONLY_* codes are file-system and recovery problems, left as they are below.
                return new MisuseException("A write was attempted in a read-only transaction or on a read-only"
                        + " database. " + message + (sql == null ? "" : "\n  SQL: " + sql), e);
            default:
                return new QuarryException("SQLite reported an error: " + message, sql, e);
        }
    }

    private static String keyWords(SQLiteErrorCode code, String detail) {
        String kind = code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY ? "primary key" : "unique key";
        return detail == null ? kind : kind + " (" + detail + ")";
    }

    private static SQLiteErrorCode constraintKind(String message) {
        String m = message == null ? "" : message;
        if (m.contains("UNIQUE constraint failed")) {
            return SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        } else if (m.contains("FOREIGN KEY constraint failed")) {
            return SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY;
        } else if (m.contains("NOT NULL constraint failed")) {
            return SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL;
        } else if (m.contains("CHECK constraint failed")) {
            return SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK;
        }
        return SQLiteErrorCode.SQLITE_CONSTRAINT;
    }

    /** The code named by sqlite-jdbc's {@code [SQLITE_...]} message prefix anywhere in the chain, or null. */
    private static SQLiteErrorCode codeInMessage(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.startsWith("[SQLITE_")) {
                int end = m.indexOf(']');
                try {
                    return SQLiteErrorCode.valueOf(m.substring(1, end));
                } catch (IllegalArgumentException | IndexOutOfBoundsException notACode) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code e} is plain SQLITE_READONLY, what a read-only connection (open flag or {@code PRAGMA
     * query_only}) reports for a write (https://sqlite.org/rescode.html#readonly).
     */
    public static boolean isReadOnly(SQLException e) {
        SQLException found = SqlExceptionChain.find(e, x -> x instanceof SQLiteException);
        if (found != null) {
            return ((SQLiteException) found).getResultCode() == SQLiteErrorCode.SQLITE_READONLY;
        }
        return (e.getErrorCode() & 0xff) == SQLiteErrorCode.SQLITE_READONLY.code;
    }
}
