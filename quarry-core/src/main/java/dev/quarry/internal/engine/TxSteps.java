package dev.quarry.internal.engine;

import dev.quarry.TransactionOptions;
import dev.quarry.error.QuarryException;
import java.sql.SQLException;

/**
 * Begin, commit and rollback through the dialect's {@link dev.quarry.internal.dialect.TransactionControl}, with
 * driver errors translated, and the common "run this work in a transaction" used for single writes and atomic
 * multi-statement work. Stateless.
 */
final class TxSteps {
    private TxSteps() {
    }

    static void begin(Session s, TransactionOptions options) {
        try {
            s.ctx.dialect().transactions().begin(s, options);
        } catch (SQLException e) {
            throw s.translate(e, "BEGIN");
        }
    }

    /** Commits; a connection lost during COMMIT of a transaction that could write is an unknown outcome. */
    static void commit(Session s) {
        boolean lostBefore = s.connectionLost();
        try {
            s.ctx.dialect().transactions().commit(s);
        } catch (SQLException e) {
            throw CommitOutcome.ofCommit(s, lostBefore, s.translate(e, "COMMIT"));
        }
    }

    /** Rolls back; a failure is added to {@code primary} when there is one, else thrown. */
    static void rollback(Session s, Throwable primary) {
        try {
            try {
                s.ctx.dialect().transactions().rollback(s);
            } catch (SQLException e) {
                throw s.translate(e, "ROLLBACK");
            }
        } catch (RuntimeException e) {
            if (primary == null) {
                throw e;
            }
            primary.addSuppressed(e);
        }
    }

    /** Runs {@code work} in a read-write transaction of its own: commits on return, rolls back on any failure. */
    static <T> T inTransaction(Session s, Route.Work<T> work) {
        begin(s, TransactionOptions.DEFAULT);
        T result;
        try {
            result = work.run(s);
        } catch (RuntimeException | Error e) {
            rollback(s, e);
            throw e;
        }
        try {
            commit(s);
        } catch (QuarryException e) {
            rollback(s, e);
            throw e;
        }
        return result;
    }
}
