package dev.quarry.internal.engine;

import dev.quarry.Isolation;
import dev.quarry.TransactionOptions;
import java.sql.SQLException;

/**
 * Server transactions through JDBC auto-commit: off to begin, {@code commit()} / {@code rollback()} to end, on
 * again after. Auto-commit off is also what pgjdbc needs to stream with a fetch size
 * (https://jdbc.postgresql.org/documentation/query/#getting-results-based-on-a-cursor).
 *
 * <p>Options use the standard {@code SET TRANSACTION ISOLATION LEVEL ..., READ ONLY}, issued right after
 * auto-commit goes off: PostgreSQL applies it to the transaction pgjdbc opens with that first statement
 * (https://www.postgresql.org/docs/current/sql-set-transaction.html); MariaDB applies it to the next transaction,
 * which begins with the statement after (https://mariadb.com/kb/en/set-transaction/). Nothing is left on the
 * session afterwards, so a user's pooled connection comes back as it was lent. Stateless.
 */
final class ServerTxControl implements TxControl {
    static final ServerTxControl INSTANCE = new ServerTxControl();

    private ServerTxControl() {
    }

    @Override
    public void begin(Session session, TransactionOptions options) throws SQLException {
        session.lease.connection.setAutoCommit(false);
        String characteristics = characteristics(options);
        if (characteristics != null) {
            try {
                session.run("SET TRANSACTION " + characteristics, true);
            } catch (RuntimeException e) {
                session.lease.connection.setAutoCommit(true);
                throw e;
            }
        }
    }

    static String characteristics(TransactionOptions options) {
        String level = level(options.isolation());
        if (level == null) {
            return options.readOnly() ? "READ ONLY" : null;
        }
        return "ISOLATION LEVEL " + level + (options.readOnly() ? ", READ ONLY" : "");
    }

    private static String level(Isolation isolation) {
        switch (isolation) {
            case READ_COMMITTED:
                return "READ COMMITTED";
            case REPEATABLE_READ:
                return "REPEATABLE READ";
            case SERIALIZABLE:
                return "SERIALIZABLE";
            default:
                return null;
        }
    }

    @Override
    public void commit(Session session) throws SQLException {
        try {
            session.lease.connection.commit();
        } catch (SQLException e) {
            restoreAutoCommit(session, e);
            throw e;
        }
        session.lease.connection.setAutoCommit(true);
    }

    @Override
    public void rollback(Session session) throws SQLException {
        try {
            session.lease.connection.rollback();
        } catch (SQLException e) {
            restoreAutoCommit(session, e);
            throw e;
        }
        session.lease.connection.setAutoCommit(true);
    }

    /**
     * Turns auto-commit back on after a failed end; on a broken connection that fails too, and is kept as a
     * suppressed error so the end's own error (which says what broke, and when) is the one reported.
     */
    private static void restoreAutoCommit(Session session, SQLException failure) {
        try {
            session.lease.connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
