package dev.quarry.internal.engine;

import dev.quarry.error.CommitOutcomeUnknownException;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.QuarryException;
import java.sql.SQLException;

/**
 * Decides what a lost connection means from where it was lost, which only the engine knows. The dialects report
 * every broken connection as a retryable {@link ConnectionLostException}; that is right for a read and for a
 * statement inside a transaction, since the server rolls back a transaction whose connection ends. It is wrong
 * where the server may have committed just before the connection broke: during {@code COMMIT}, and during a write
 * in auto-commit mode, which commits on its own. A server can commit and lose the connection before its answer
 * arrives (a MariaDB COMMIT that failed with a socket error had committed its rows), so those become a
 * {@link CommitOutcomeUnknownException}, which is not retryable: a caller must never be told to retry a write that
 * may have landed. Its cause is the driver's error, not the {@link ConnectionLostException}, whose advice to run the
 * work again would be wrong here. Stateless.
 */
final class CommitOutcome {
    private CommitOutcome() {
    }

    /**
     * The error for a failed {@code COMMIT} on {@code session}: a lost connection is an unknown outcome unless the
     * transaction was read-only (it wrote nothing, so running it again is safe) or the connection was already lost
     * before the COMMIT was sent ({@code lostBefore}: a statement of the body saw it go, and the body went on), so
     * the COMMIT never reached a live session.
     */
    static QuarryException ofCommit(Session session, boolean lostBefore, QuarryException failure) {
        if (!(failure instanceof ConnectionLostException) || session.isReadOnly() || lostBefore) {
            return failure;
        }
        return new CommitOutcomeUnknownException("The connection to the server was lost while COMMIT was in flight ("
                + reason(failure) + "): the transaction may or may not have been committed. Check whether its"
                + " changes are in the database before running it again.", failure.sql(), failure.getCause());
    }

    /** The error for a write that failed in auto-commit mode: a lost connection is an unknown outcome. */
    static QuarryException ofAutoCommitWrite(QuarryException failure) {
        if (!(failure instanceof ConnectionLostException)) {
            return failure;
        }
        return new CommitOutcomeUnknownException("The connection to the server was lost while a write ran outside a"
                + " transaction, which the server commits on its own (" + reason(failure) + "): it may or may not"
                + " have been committed. Check whether its changes are in the database before running it again.",
                failure.sql(), failure.getCause());
    }

    /** The driver's words for what broke: its SQLSTATE and message. */
    private static String reason(QuarryException failure) {
        if (failure.getCause() instanceof SQLException e) {
            return "SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
        }
        return String.valueOf(failure.getMessage());
    }
}
