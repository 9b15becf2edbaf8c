package dev.quarry.internal.dialect;

import dev.quarry.Isolation;
import dev.quarry.TransactionOptions;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Server transactions (PostgreSQL, MariaDB) through JDBC auto-commit: off to begin, {@code commit()} /
 * {@code rollback()} to end, on again after. Auto-commit off is also what pgjdbc needs to stream with a fetch size
 * (https://jdbc.postgresql.org/documentation/query/#getting-results-based-on-a-cursor).
 *
 * <p>Options use the standard {@code SET TRANSACTION ISOLATION LEVEL ..., READ ONLY}, issued right after
 * auto-commit goes off: PostgreSQL applies it to the transaction pgjdbc opens with that first statement
 * (https://www.postgresql.org/docs/current/sql-set-transaction.html); MariaDB applies it to the next transaction,
 * which begins with the statement after (https://mariadb.com/kb/en/set-transaction/). So that a transaction whose
 * body runs no statement does not leave its characteristics pending for the next transaction of the connection
 * (a pooled connection would then refuse writes, "Cannot execute statement in a READ ONLY transaction"), MariaDB's
 * instance begins the transaction at once with {@code START TRANSACTION}, which takes them
 * (https://mariadb.com/kb/en/start-transaction/). Nothing is left on the session afterwards, so a user's pooled
 * connection comes back as it was lent. Stateless.
 */
public final class ServerTransactions implements TransactionControl {
    /** PostgreSQL's: {@code SET TRANSACTION} is the first statement of the transaction pgjdbc begins. */
    public static final ServerTransactions INSTANCE = new ServerTransactions(false);
    /** MariaDB's and MySQL's: {@code SET TRANSACTION} for the next transaction, begun at once. */
    public static final ServerTransactions STARTED_AT_ONCE = new ServerTransactions(true);

    private final boolean startAtOnce;

    private ServerTransactions(boolean startAtOnce) {
        this.startAtOnce = startAtOnce;
    }

    @Override
    public void begin(TransactionSession session, TransactionOptions options) throws SQLException {
        Connection c = session.connection();
        c.setAutoCommit(false);
        String characteristics = characteristics(options);
        if (characteristics != null) {
            try {
                session.run("SET TRANSACTION " + characteristics);
                if (startAtOnce) {
                    session.run("START TRANSACTION");
                }
            } catch (RuntimeException e) {
                c.setAutoCommit(true);
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
    public void commit(TransactionSession session) throws SQLException {
        Connection c = session.connection();
        try {
            c.commit();
        } catch (SQLException e) {
            restoreAutoCommit(c, e);
            throw e;
        }
        c.setAutoCommit(true);
    }

    @Override
    public void rollback(TransactionSession session) throws SQLException {
        Connection c = session.connection();
        try {
            c.rollback();
        } catch (SQLException e) {
            restoreAutoCommit(c, e);
            throw e;
        }
        c.setAutoCommit(true);
    }

    /**
     * Turns auto-commit back on after a failed end; on a broken connection that fails too, and is kept as a
     * suppressed error so the end's own error (which says what broke, and when) is the one reported.
     */
    private static void restoreAutoCommit(Connection c, SQLException failure) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public boolean wrapsWrites() {
        return false;
    }
}
