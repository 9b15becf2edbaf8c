package dev.quarry.internal.engine;

import dev.quarry.error.QuarryException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An open result set and its own (uncached) statement, held while a stream reads. Closed once. Used by the
 * stream's thread: not thread-safe.
 */
final class Cursor {
    /**
     * Rows fetched per round trip: pgjdbc streams only with a fetch size; MariaDB streams with any positive one.
     * 1,000 as an expert's JDBC code sets it: at 256, a million PostgreSQL rows took 3,900 round trips and 0.64 of
     * raw JDBC's speed; a fetch of 1,000 typical rows holds about 100 KB.
     */
    static final int FETCH_SIZE = 1_000;

    final Session session;
    final String sql;
    final ResultSet rs;
    private final StatementCache.Handle statement;
    private boolean closed;

    private Cursor(Session session, String sql, StatementCache.Handle statement, ResultSet rs) {
        this.session = session;
        this.sql = sql;
        this.statement = statement;
        this.rs = rs;
    }

    /** Runs {@code plan} on {@code session} and opens its cursor. */
    static Cursor open(Session session, Plan plan, Object[] values) {
        StatementCache.Handle h = null;
        long start = session.ctx.log().start();
        try {
            h = session.lease.statements.fresh(session.lease.connection, plan.sql, false);
            PreparedStatement ps = h.statement;
            plan.bind(ps, values, session.ctx.log().logValues());
            ps.setFetchSize(FETCH_SIZE);
            ResultSet rs = ps.executeQuery();
            session.lease.statements.tracker.resultSetOpened();
            session.ctx.log().statement(session, plan.sql, plan, values, start, -1, 1, null);
            return new Cursor(session, plan.sql, h, rs);
        } catch (SQLException e) {
            QuarryException q = session.failed(plan, values, start, session.translate(e, plan.sql));
            session.release(h, plan.sql, q);
            throw q;
        }
    }

    /** Closes the result set and the statement. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        QuarryException failure = null;
        try {
            rs.close();
        } catch (SQLException e) {
            failure = session.translate(e, sql);
        } finally {
            session.lease.statements.tracker.resultSetClosed();
        }
        session.release(statement, sql, failure);
        if (failure != null) {
            throw failure;
        }
    }
}
