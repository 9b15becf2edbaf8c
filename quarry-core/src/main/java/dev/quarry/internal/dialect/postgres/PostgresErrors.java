package dev.quarry.internal.dialect.postgres;

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
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Translates PostgreSQL errors by SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html). The
 * constraint, table and column come from the error's fields (pgjdbc's {@link ServerErrorMessage}), never from
 * parsing a message, which the server translates into its {@code lc_messages} language. Only this class names
 * pgjdbc types, and it is loaded only for PostgreSQL connections, so SQLite users need not ship the driver.
 */
public final class PostgresErrors {
    private PostgresErrors() {
    }

    /** The typed exception for {@code e}, raised by {@code sql}. */
    public static QuarryException translate(SQLException e, String sql) {
        // A batch error's own SQLSTATE may be generic; the server's error is further down the chain.
        SQLException found = SqlExceptionChain.find(e,
                x -> x instanceof PSQLException && ((PSQLException) x).getServerErrorMessage() != null);
        if (found == null) {
            found = SqlExceptionChain.find(e, x -> x.getSQLState() != null);
        }
        SQLException source = found != null ? found : e;
        ServerErrorMessage server = source instanceof PSQLException
                ? ((PSQLException) source).getServerErrorMessage() : null;
        String state = source.getSQLState() == null ? "" : source.getSQLState();
        String message = source.getMessage();
        String constraint = server == null ? null : server.getConstraint();
        if (isConnectionLoss(state)) {
            return new ConnectionLostException("The connection to the PostgreSQL server was lost (SQLSTATE " + state
                    + ") before anything of this work was committed: the server rolls back a transaction whose"
                    + " connection ends. Run the work again; inside a transaction, run the whole transaction again. "
                    + message, sql, e);
        }
        switch (state) {
            case "23505":
                return new KeyViolation("A row with the same key already exists (unique constraint "
                        + constraint + "); nothing was written. " + message, sql, e, constraint, keyColumns(server));
            case "23503":
                return new ForeignKeyViolationException("A foreign key was broken (constraint " + constraint
                        + "): the row refers to a missing row, or a row still referred to was deleted or changed;"
                        + " nothing was written. " + message, sql, e, constraint, keyColumn(server));
            case "23502":
                String column = server == null ? null : server.getColumn();
                return new NotNullViolationException("A NULL was written to NOT NULL column " + column
                        + "; nothing was written. " + message, sql, e, constraint, column);
            case "23514":
                return new CheckViolationException("A CHECK constraint failed (" + constraint
                        + "); nothing was written. " + message, sql, e, constraint, null);
            case "40001":
                return new SerializationFailureException("The transaction could not be serialized with a concurrent"
                        + " one and was rolled back; run the whole transaction again. " + message, sql, e);
            case "40P01":
                return new SerializationFailureException("A deadlock with another transaction was detected and this"
                        + " one was rolled back; run the whole transaction again. " + message, sql, e);
            case "55P03":
                return new BusyException("A lock could not be obtained in time (lock_timeout or NOWAIT); retry the"
                        + " work. " + message, sql, e);
            case "25006":
                return new MisuseException("A write was attempted in a read-only transaction or on a read-only"
                        + " database. " + message + (sql == null ? "" : "\n  SQL: " + sql), e);
            default:
                String invalid = invalidValueWords(state);
                if (invalid != null) {
                    return new InvalidValueException("A value cannot be stored: " + invalid + "; nothing was"
                            + " written. " + message, sql, e);
                }
                return new QuarryException("PostgreSQL reported an error (SQLSTATE " + state + "): " + message, sql,
                        e);
        }
    }

    /**
     * Whether {@code state} says the session is gone (https://www.postgresql.org/docs/current/errcodes-appendix.html):
     * class 08, connection exception (08000, 08003 connection_does_not_exist, 08006 connection_failure, 08001 and
     * 08004 when connecting; pgjdbc reports a broken socket as 08006); 57P01 admin_shutdown (a fast shutdown or
     * {@code pg_terminate_backend}), 57P02 crash_shutdown (another backend crashed and the server restarts), 57P03
     * cannot_connect_now (starting up or shutting down), 57P05 idle_session_timeout; 25P03
     * idle_in_transaction_session_timeout, which ends the session too. Each of these ends the backend, and with it
     * any open transaction (https://www.postgresql.org/docs/current/functions-admin.html, pg_terminate_backend).
     */
    private static boolean isConnectionLoss(String state) {
        switch (state) {
            case "57P01":
            case "57P02":
            case "57P03":
            case "57P05":
            case "25P03":
                return true;
            default:
                return state.startsWith("08");
        }
    }

    /** What each data exception (class 22) we translate means, in words; null for other states. */
    private static String invalidValueWords(String state) {
        switch (state) {
            case "22001":
                return "text longer than its column allows";
            case "22003":
                return "a number outside its column's range";
            case "22021":
                return "text with a byte sequence not valid in the database encoding (such as U+0000)";
            case "22P02":
                return "text that is not a valid value of its column's type";
            case "22P05":
                return "a character PostgreSQL cannot store (such as \\u0000 in jsonb)";
            case "22007":
                return "a date or time in an invalid format";
            case "22008":
                return "a date or time outside the supported range";
            default:
                return null;
        }
    }

    /**
     * The column of a one-column key, from the error's detail {@code Key (c)=(...)}, which PostgreSQL writes in this
     * form in every locale; null for composite keys or when the server sends no detail.
     */
    /** The columns of the detail's "Key (a, b)=(...)", unquoted; empty for an expression key or no detail. */
    private static List<String> keyColumns(ServerErrorMessage server) {
        String detail = server == null ? null : server.getDetail();
        int open = detail == null ? -1 : detail.indexOf("Key (");
        int close = open < 0 ? -1 : detail.indexOf(")=", open);
        if (close < 0 || detail.substring(open + 5, close).contains("(")) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (String c : detail.substring(open + 5, close).split(", ")) {
            columns.add(c.startsWith("\"") && c.endsWith("\"") && c.length() > 1 ? c.substring(1, c.length() - 1) : c);
        }
        return columns;
    }

    private static String keyColumn(ServerErrorMessage server) {
        String detail = server == null ? null : server.getDetail();
        if (detail == null) {
            return null;
        }
        int open = detail.indexOf("Key (");
        int close = open < 0 ? -1 : detail.indexOf(")=", open);
        if (close < 0) {
            return null;
        }
        String columns = detail.substring(open + 5, close);
        if (columns.contains(",") || columns.contains("(")) {
            return null;
        }
        return columns.startsWith("\"") && columns.endsWith("\"") && columns.length() > 1
                ? columns.substring(1, columns.length() - 1) : columns;
    }

    /**
     * Whether {@code e} is SQLSTATE 25006, read_only_sql_transaction
     * (https://www.postgresql.org/docs/current/errcodes-appendix.html).
     */
    public static boolean isReadOnly(SQLException e) {
        return SqlExceptionChain.find(e, x -> "25006".equals(x.getSQLState())) != null;
    }
}
