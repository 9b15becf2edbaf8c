package dev.quarry.internal.engine;

import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.render.BulkInsert;
import dev.quarry.query.RowMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs inserts of many rows ({@link BulkInsert}, as the dialect describes them), all in one transaction: multi-row
 * VALUES in chunks that each stay under the database's parameter limit, or a JDBC batch of the one-row statement
 * flushed every 1,000 rows (DESIGN.md: one 10,000-row pgjdbc batch took ~58 ms, flushing
 * every 1,000 ~28 ms). Which of the two runs is the dialect's choice, by what was measured on its driver:
 * {@code batch(...)} asks for the batch and {@code values(...)} for multi-row statements, and
 * {@link Dialect#batchAsMultiRow()} / {@link Dialect#multiRowAsBatch()} turn either into the other.
 *
 * <p>How it works: a chunk's shape is rendered once from rows of placeholders into a {@link Template} and kept in
 * the database's {@link InsertTemplates}, so a repeated insert renders nothing and resolves no codec. Values are
 * bound by position straight from the records or the rows' values, which holds when the renderer emits the row
 * values first, row by row (checked on the shape; otherwise, or when a row value is an expression, each chunk is
 * rendered on its own). Stateless.
 */
final class InsertRunner {
    static final int BATCH_FLUSH = 1000;

    private InsertRunner() {
    }

    static long execute(Route route, BulkInsert q) {
        Dialect dialect = route.context().dialect();
        boolean batch = q.asBatch() ? !dialect.batchAsMultiRow() : dialect.multiRowAsBatch() && q.plainValues();
        if (batch) {
            return route.run(Access.WRITE, true, true, s -> batch(s, q));
        }
        return route.run(Access.WRITE, true, true, s -> chunks(s, q, null, new ArrayList<>()));
    }

    static <R> List<R> fetch(Route route, BulkInsert q, RowMapper<R> mapper) {
        return route.run(Access.WRITE, true, true, s -> {
            List<R> out = new ArrayList<>();
            chunks(s, q, mapper, out);
            return out;
        });
    }

    private static <R> long chunks(Session s, BulkInsert q, RowMapper<R> mapper, List<R> out) {
        int cols = q.columns();
        int rows = q.rows();
        int chunk = q.chunkRows();
        boolean values = q.hasValues();
        Template t = null;
        Object[] bound = null;
        long count = 0;
        for (int from = 0; from < rows; from += chunk) {
            int n = Math.min(chunk, rows - from);
            if (values && (t == null || t.rows != n)) {
                t = template(s.ctx, q, n);
                bound = new Object[n * cols];
            }
            Plan plan;
            Object[] args;
            if (values && t.positional) {
                plan = t.plan;
                args = fill(q, bound, from, n, cols);
            } else {
                plan = Plan.of(q.chunk(from, n), s.ctx.codecs());
                args = JdbcExecutor.NO_VALUES;
            }
            if (mapper != null) {
                out.addAll(s.fetch(plan, args, mapper, 0));
            } else {
                count += s.execute(plan, args);
            }
        }
        return count;
    }

    private static long batch(Session s, BulkInsert q) {
        Template t = template(s.ctx, q, 1);
        if (!t.positional) {
            return chunks(s, q, null, new ArrayList<>());
        }
        long start = s.ctx.log().start();
        StatementCache.Handle h = null;
        QuarryException failure = null;
        try {
            h = s.lease.statements.acquire(t.plan.sql, false);
            long count = runBatch(h, t, q, s.ctx.log().logValues());
            s.ctx.log().statement(s, t.plan.sql, t.plan, null, start, count, q.rows(), null);
            s.noteWrite(t.plan);
            return count;
        } catch (SQLException e) {
            throw failure = s.failed(t.plan, null, start, s.translate(e, t.plan.sql));
        } finally {
            s.release(h, t.plan.sql, failure);
        }
    }

    private static long runBatch(StatementCache.Handle h, Template t, BulkInsert q, boolean showValues)
            throws SQLException {
        PreparedStatement ps = h.statement;
        int cols = q.columns();
        Object[] values = new Object[cols];
        long count = 0;
        int pending = 0;
        try {
            for (int r = 0; r < q.rows(); r++) {
                h.retainsLarge |= t.plan.bind(ps, fill(q, values, r, 1, cols), showValues);
                ps.addBatch();
                if (++pending == BATCH_FLUSH) {
                    count += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                count += sum(ps.executeBatch());
            }
            return count;
        } catch (SQLException | RuntimeException e) {
            ps.clearBatch(); // the statement stays cached: its next user must not run these rows
            throw e;
        }
    }

    /** Rows changed; SUCCESS_NO_INFO (pgjdbc with reWriteBatchedInserts) counts as the one row inserted. */
    static long sum(int[] counts) {
        long n = 0;
        for (int c : counts) {
            n += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, c);
        }
        return n;
    }

    /** The values of rows {@code from .. from+n} in binding order, into {@code values}. */
    private static Object[] fill(BulkInsert q, Object[] values, int from, int n, int cols) {
        int j = 0;
        for (int r = from; r < from + n; r++) {
            for (int c = 0; c < cols; c++) {
                values[j++] = q.value(r, c);
            }
        }
        return values;
    }

    private static Template template(EngineContext ctx, BulkInsert q, int n) {
        return ctx.insertTemplates().get(q.shapeKey(n), k -> Template.of(ctx, q.shape(n)));
    }

    /** One chunk shape made ready to bind: its plan and whether rows bind into it by position. Immutable. */
    static final class Template {
        final int rows;
        final Plan plan;
        final boolean positional;
        final boolean cacheable;

        private Template(int rows, Plan plan, boolean positional, boolean cacheable) {
            this.rows = rows;
            this.plan = plan;
            this.positional = positional;
            this.cacheable = cacheable;
        }

        static Template of(EngineContext ctx, BulkInsert.Shape shape) {
            if (!shape.positional()) {
                return new Template(shape.rows(), null, false, false);
            }
            return new Template(shape.rows(), Plan.withLeadingValues(shape.rendered(), ctx.codecs(),
                    shape.leading()), true, shape.cacheable());
        }
    }
}
