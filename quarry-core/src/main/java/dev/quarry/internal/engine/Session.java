package dev.quarry.internal.engine;

import dev.quarry.StatementEvent;
import dev.quarry.error.ConnectionLostException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.KeyViolation;
import dev.quarry.internal.dialect.TransactionSession;
import dev.quarry.internal.dialect.render.RawSql;
import dev.quarry.spi.StatementKind;
import dev.quarry.query.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements on one borrowed connection: takes a statement from the connection's cache, binds, executes,
 * maps, gives the statement back, and turns every driver error into Quarry's typed exceptions through the dialect
 * (a raw {@link SQLException} never leaves). Used by the thread holding the lease: not thread-safe.
 */
final class Session implements TransactionSession {
    final Lease lease;
    final EngineContext ctx;
    private final String readOnlyReason;
    private List<StatementEvent> events;
    private ChangeNote changes;
    /** Whether a statement here found the connection lost; every later use of it fails for that reason. */
    private boolean connectionLost;

    /**
     * @param readOnlyReason why writes must fail here (a read-only transaction), or null to take the lease's own
     */
    Session(Lease lease, EngineContext ctx, String readOnlyReason) {
        this.lease = lease;
        this.ctx = ctx;
        this.readOnlyReason = readOnlyReason != null ? readOnlyReason : lease.readOnlyReason;
    }

    /** Runs {@code plan} and maps up to {@code maxRows} rows (0 for all). */
    <R> List<R> fetch(Plan plan, Object[] values, RowMapper<R> mapper, int maxRows) {
        long start = ctx.log().start();
        StatementCache.Handle h = null;
        QuarryException failure = null;
        try {
            h = lease.statements.acquire(plan.sql, plan.generatedKeys);
            PreparedStatement ps = h.statement;
            h.retainsLarge |= plan.bind(ps, values, ctx.log().logValues());
            List<R> rows = run(plan, ps, mapper, maxRows);
            ctx.log().statement(this, plan.sql, plan, values, start, rows.size(), 1, null);
            noteWrite(plan);
            return rows;
        } catch (SQLException e) {
            throw failure = failed(plan, values, start, translate(e, plan.sql));
        } catch (UncheckedSqlException e) {
            throw failure = failed(plan, values, start, translate(e.getCause(), plan.sql));
        } finally {
            release(h, plan.sql, failure);
        }
    }

    private <R> List<R> run(Plan plan, PreparedStatement ps, RowMapper<R> mapper, int maxRows) throws SQLException {
        ResultSet rs;
        boolean fetchBounded = false;
        if (plan.generatedKeys) {
            ps.executeUpdate();
            rs = ps.getGeneratedKeys();
        } else if (plan.returnsRows && maxRows > 0 && ctx.dialect().maxRowsRewritesStatement()) {
            // Bounded by fetching maxRows rows at a time: the driver holds no more, the statement text stays as it
            // is, and the read loop stops at maxRows. Reset once the result is closed (it streams until then).
            ps.setFetchSize(maxRows);
            fetchBounded = true;
            try {
                rs = ps.executeQuery();
            } catch (SQLException | RuntimeException e) {
                ps.setFetchSize(0);
                throw e;
            }
        } else if (plan.returnsRows) {
            if (maxRows > 0) {
                ps.setMaxRows(maxRows);
            }
            try {
                rs = ps.executeQuery();
            } finally {
                if (maxRows > 0) {
                    ps.setMaxRows(0);
                }
            }
        } else {
            ps.execute();
            return List.of();
        }
        lease.statements.tracker.resultSetOpened();
        try {
            return read(rs, mapper, maxRows);
        } finally {
            rs.close();
            lease.statements.tracker.resultSetClosed();
            if (fetchBounded) {
                ps.setFetchSize(0);
            }
        }
    }

    private <R> List<R> read(ResultSet rs, RowMapper<R> mapper, int maxRows) throws SQLException {
        ResultRow row = new ResultRow(rs, ctx.codecs());
        List<R> out = new ArrayList<>(maxRows > 0 ? maxRows : 10);
        while ((maxRows == 0 || out.size() < maxRows) && rs.next()) {
            out.add(mapper.map(row));
        }
        return out;
    }

    /** Runs a statement that returns no rows; the count of changed rows (0 if it returned rows). */
    long execute(Plan plan, Object[] values) {
        long start = ctx.log().start();
        StatementCache.Handle h = null;
        QuarryException failure = null;
        try {
            h = lease.statements.acquire(plan.sql, false);
            PreparedStatement ps = h.statement;
            h.retainsLarge |= plan.bind(ps, values, ctx.log().logValues());
            long count = executeCounting(ps);
            ctx.log().statement(this, plan.sql, plan, values, start, count, 1, null);
            noteWrite(plan);
            return count;
        } catch (SQLException e) {
            throw failure = failed(plan, values, start, translate(e, plan.sql));
        } finally {
            release(h, plan.sql, failure);
        }
    }

    /**
     * Runs {@code plan} once per element of {@code rows} as JDBC batches flushed every
     * {@value InsertRunner#BATCH_FLUSH} runs (DESIGN.md: smaller batches beat one large one on pgjdbc); batching
     * also skips sqlite-jdbc's per-execute generated-keys scan and auto-commit check.
     */
    long executeBatch(Plan plan, List<Object[]> rows) {
        long start = ctx.log().start();
        StatementCache.Handle h = null;
        QuarryException failure = null;
        boolean done = false;
        try {
            h = lease.statements.acquire(plan.sql, false);
            PreparedStatement ps = h.statement;
            long count = 0;
            int pending = 0;
            for (Object[] values : rows) {
                h.retainsLarge |= plan.bind(ps, values, ctx.log().logValues());
                ps.addBatch();
                if (++pending == InsertRunner.BATCH_FLUSH) {
                    count += InsertRunner.sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                count += InsertRunner.sum(ps.executeBatch());
            }
            ctx.log().statement(this, plan.sql, plan, null, start, count, rows.size(), null);
            noteWrite(plan);
            done = true;
            return count;
        } catch (SQLException e) {
            throw failure = failed(plan, null, start, translate(e, plan.sql));
        } finally {
            if (!done) {
                clearBatch(h, failure);
            }
            release(h, plan.sql, failure);
        }
    }

    /** A failed batch leaves its rows queued on the cached statement; the next user must not run them. */
    private static void clearBatch(StatementCache.Handle h, QuarryException failure) {
        if (h == null) {
            return;
        }
        try {
            h.statement.clearBatch();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static long executeCounting(PreparedStatement ps) throws SQLException {
        if (ps.execute()) {
            ps.getResultSet().close();
            return 0;
        }
        return Math.max(0, ps.getUpdateCount());
    }

    /** Runs {@code sql} without parameters (transaction control, DDL); cached when {@code cache}. */
    void run(String sql, boolean cache) {
        long start = ctx.log().start();
        StatementCache.Handle h = null;
        QuarryException failure = null;
        try {
            h = cache ? lease.statements.acquire(sql, false) : lease.statements.fresh(sql, false);
            long count = executeCounting(h.statement);
            ctx.log().statement(this, sql, null, null, start, count, 1, null);
            if (ctx.changes().active() && RawSql.kindOf(sql) == StatementKind.DDL) { // DDL names no table Quarry parses
                changes().addUnknown();
            }
        } catch (SQLException e) {
            QuarryException q = translate(e, sql);
            ctx.log().statement(this, sql, null, null, start, -1, 1, q);
            throw failure = q;
        } finally {
            release(h, sql, failure);
        }
    }

    /** Records a failed statement and returns its exception. */
    QuarryException failed(Plan plan, Object[] values, long start, QuarryException q) {
        QuarryException completed = q instanceof KeyViolation k && plan.written != null ? k.against(plan.written) : q;
        ctx.log().statement(this, plan.sql, plan, values, start, -1, 1, completed);
        return completed;
    }

    /** Notes the tables a successful statement wrote, while anyone listens for changes. */
    void noteWrite(Plan plan) {
        if (!ctx.changes().active()) {
            return;
        }
        if (plan.tablesKnown) {
            if (plan.kind.changesData()) {
                changes().add(plan.tablesWritten);
            }
        } else if (plan.access != Access.READ) {
            changes().addUnknown();
        }
    }

    private ChangeNote changes() {
        if (changes == null) {
            changes = new ChangeNote();
        }
        return changes;
    }

    /** Queues a statement event until the connection is given back. */
    void defer(StatementEvent event) {
        if (events == null) {
            events = new ArrayList<>(4);
        }
        events.add(event);
    }

    /** The queued statement events, cleared; null if none. */
    List<StatementEvent> takeEvents() {
        List<StatementEvent> e = events;
        events = null;
        return e;
    }

    /** The written tables noted so far, cleared; null if none. */
    ChangeNote takeChanges() {
        ChangeNote c = changes;
        changes = null;
        return c;
    }

    /** Gives a statement back; a failure to do so is added to {@code failure}, or thrown if there is none. */
    void release(StatementCache.Handle h, String sql, QuarryException failure) {
        if (h == null) {
            return;
        }
        try {
            lease.statements.release(h);
        } catch (SQLException e) {
            QuarryException q = translate(e, sql);
            if (failure != null) {
                failure.addSuppressed(q);
            } else {
                throw q;
            }
        }
    }

    /**
     * The typed exception for a driver error; a write refused by a read-only connection becomes a misuse, and so
     * does any error once {@code close()} has closed the connection under this work. Once a statement here found the
     * connection lost, every later error here is that loss.
     */
    QuarryException translate(SQLException e, String sql) {
        if (ctx.gate().isShut()) {
            return ctx.gate().closedUnder(e);
        }
        QuarryException q = ctx.dialect().translate(e, sql);
        if (q instanceof ConnectionLostException) {
            connectionLost = true;
            lease.markLost();
            return q;
        }
        if (connectionLost) {
            // the pool has discarded the connection by now and answers for it (HikariCP: "Connection is closed",
            // no SQLSTATE), so the first loss is what this error means
            return new ConnectionLostException("The connection to the server was lost earlier in this work, before"
                    + " anything of it was committed. Run the work again; inside a transaction, run the whole"
                    + " transaction again. " + e.getMessage(), sql, e);
        }
        if (readOnlyReason != null && ctx.dialect().isReadOnlyViolation(e)) {
            MisuseException m = new MisuseException(readOnlyReason + ": " + q.getMessage(), q);
            return m;
        }
        return q;
    }

    @Override
    public Connection connection() {
        return lease.connection;
    }

    @Override
    public void run(String sql) {
        run(sql, true);
    }

    @Override
    public boolean readOnlyTransaction() {
        return readOnlyReason != null;
    }

    @Override
    public boolean readOnlyConnection() {
        return lease.readOnlyReason != null;
    }

    /** Whether a statement here already found the connection lost. */
    boolean connectionLost() {
        return connectionLost;
    }

    /** Whether writes are refused here. */
    boolean isReadOnly() {
        return readOnlyReason != null;
    }

    String readOnlyReason() {
        return readOnlyReason;
    }
}
