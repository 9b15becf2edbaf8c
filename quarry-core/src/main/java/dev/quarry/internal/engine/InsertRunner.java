package dev.quarry.internal.engine;

import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.Column;
import dev.quarry.query.Param;
import dev.quarry.query.Placeholder;
import dev.quarry.query.RecordRows;
import dev.quarry.query.RowMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts of many rows, all in one transaction: multi-row VALUES split into chunks of at most
 * {@value #MAX_CHUNK_ROWS} rows that each stay under the database's parameter limit, or, for {@code batch(...)}, a
 * JDBC batch of the one-row statement flushed every 1,000 rows (DESIGN.md: one 10,000-row pgjdbc batch took ~58 ms,
 * flushing every 1,000 ~28 ms).
 *
 * <p>How it works: a chunk's shape (table, columns, rows, conflict clause, RETURNING) is rendered once from rows of
 * placeholders into a {@link Template} and kept in the database's {@link InsertTemplates}, so a repeated insert
 * renders nothing and resolves no codec. Values are bound by position straight from the records (a
 * {@link RecordRows}) or the rows' {@link Param}s, which holds when the renderer emits the row values first, row by
 * row (checked on the template; otherwise, or when a row value is an expression, each chunk is rendered on its own).
 * Stateless.
 */
final class InsertRunner {
    static final int BATCH_FLUSH = 1000;
    /**
     * Rows per multi-row statement at most, so that no statement (and no cached template) grows with the caller's
     * list. Measured with InsertBenchmark (10,000 five-column rows, JDK 17, load ~1.5-2): 250 / 500 / 1,000 rows took
     * 9.6 / 9.0 / 9.5 ms on SQLite (a tie) and 55 / 50 / 39 ms on PostgreSQL, where one 10,000-row statement took
     * ~111 ms.
     */
    static final int MAX_CHUNK_ROWS = 1000;
    /** Parameters left free in each chunk for the rest of the statement (an upsert's SET values). */
    private static final int TAIL_RESERVE = 100;

    private InsertRunner() {
    }

    /** Whether {@code q} needs splitting, batching or binding from records here rather than one plain statement. */
    static boolean applies(InsertQuery q, EngineContext ctx) {
        int rows = q.rows().size();
        if (rows < 2) {
            return false;
        }
        if (q.batch() && q.returning().isEmpty()) {
            return true;
        }
        return q.rows() instanceof RecordRows || rows > chunkRows(ctx, q);
    }

    private static int chunkRows(EngineContext ctx, InsertQuery q) {
        int cols = Math.max(1, q.columns().size());
        int fit = (ctx.dialect().capabilities().maxParameters() - TAIL_RESERVE) / cols;
        return Math.max(1, Math.min(MAX_CHUNK_ROWS, fit));
    }

    static long execute(Route route, InsertQuery q) {
        if (q.batch() && q.returning().isEmpty() && Values.of(q) != null) {
            return route.run(Access.WRITE, true, true, s -> batch(s, q));
        }
        return route.run(Access.WRITE, true, true, s -> chunks(s, q, null, new ArrayList<>()));
    }

    static <R> List<R> fetch(Route route, InsertQuery q, RowMapper<R> mapper) {
        return route.run(Access.WRITE, true, true, s -> {
            List<R> out = new ArrayList<>();
            chunks(s, q, mapper, out);
            return out;
        });
    }

    private static <R> long chunks(Session s, InsertQuery q, RowMapper<R> mapper, List<R> out) {
        int cols = q.columns().size();
        int rows = q.rows().size();
        int chunk = chunkRows(s.ctx, q);
        Values source = Values.of(q);
        Template t = null;
        Object[] values = null;
        long count = 0;
        for (int from = 0; from < rows; from += chunk) {
            int n = Math.min(chunk, rows - from);
            if (source != null && (t == null || t.rows != n)) {
                t = template(s.ctx, q, n);
                values = new Object[n * cols];
            }
            Plan plan;
            Object[] bound;
            if (source != null && t.positional) {
                plan = t.plan;
                bound = fill(source, values, from, n, cols);
            } else {
                plan = renderChunk(s.ctx, q, from, n);
                bound = JdbcExecutor.NO_VALUES;
            }
            if (mapper != null) {
                out.addAll(s.fetch(plan, bound, mapper, 0));
            } else {
                count += s.execute(plan, bound);
            }
        }
        return count;
    }

    private static long batch(Session s, InsertQuery q) {
        Template t = template(s.ctx, q, 1);
        if (!t.positional) {
            return chunks(s, q, null, new ArrayList<>());
        }
        long start = s.ctx.log().start();
        StatementCache.Handle h = null;
        QuarryException failure = null;
        try {
            h = s.lease.statements.acquire(t.plan.sql, false);
            long count = runBatch(h.statement, t, q);
            s.ctx.log().statement(s, t.plan.sql, t.plan, null, start, count, q.rows().size(), null);
            s.noteWrite(t.plan);
            return count;
        } catch (SQLException e) {
            throw failure = s.failed(t.plan, null, start, s.translate(e, t.plan.sql));
        } finally {
            s.release(h, t.plan.sql, failure);
        }
    }

    private static long runBatch(PreparedStatement ps, Template t, InsertQuery q) throws SQLException {
        Values source = Values.of(q);
        int cols = q.columns().size();
        Object[] values = new Object[cols];
        long count = 0;
        int pending = 0;
        try {
            for (int r = 0; r < q.rows().size(); r++) {
                t.plan.bind(ps, fill(source, values, r, 1, cols));
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
    private static Object[] fill(Values source, Object[] values, int from, int n, int cols) {
        int j = 0;
        for (int r = from; r < from + n; r++) {
            for (int c = 0; c < cols; c++) {
                values[j++] = source.get(r, c);
            }
        }
        return values;
    }

    /** Chunk {@code from .. from+n} rendered on its own, values and all: the slow path for expression rows. */
    private static Plan renderChunk(EngineContext ctx, InsertQuery q, int from, int n) {
        InsertQuery part = new InsertQuery(q.table(), q.columns(), q.rows().subList(from, from + n), null,
                q.conflict(), q.returning(), false);
        return Plan.of(ctx.dialect().render(part), ctx.codecs());
    }

    private static Template template(EngineContext ctx, InsertQuery q, int n) {
        InsertTemplates.Key key = new InsertTemplates.Key(q.table(), q.columns(), n, q.conflict(), q.returning());
        return ctx.insertTemplates().get(key, k -> Template.render(ctx, q, n));
    }

    /** Where row values come from: the records themselves, or the rows' bound parameters. */
    private interface Values {
        Object get(int row, int column);

        /** The source of {@code q}'s row values, or null when some row value is an expression, not a value. */
        static Values of(InsertQuery q) {
            if (q.rows() instanceof RecordRows records) {
                return records::value;
            }
            for (List<Expression<?>> row : q.rows()) {
                for (Expression<?> e : row) {
                    if (!(e instanceof Param<?>)) {
                        return null;
                    }
                }
            }
            List<List<Expression<?>>> rows = q.rows();
            return (r, c) -> ((Param<?>) rows.get(r).get(c)).value();
        }
    }

    /**
     * One rendered chunk shape: its plan and whether rows can be bound into it by position. Made from rows of
     * placeholders, so it holds no user value; kept across calls only when every parameter is a row value
     * ({@link #cacheable}), since an upsert's SET values would otherwise be cached with it. Immutable.
     */
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

        static Template render(EngineContext ctx, InsertQuery q, int n) {
            int cols = q.columns().size();
            List<List<Expression<?>>> rows = new ArrayList<>(n);
            List<Expression<?>> slots = new ArrayList<>(n * cols);
            for (int r = 0; r < n; r++) {
                List<Expression<?>> row = new ArrayList<>(cols);
                for (Column<?> c : q.columns()) {
                    Expression<?> slot = slot(c);
                    row.add(slot);
                    slots.add(slot);
                }
                rows.add(row);
            }
            InsertQuery shape = new InsertQuery(q.table(), q.columns(), rows, null, q.conflict(), q.returning(),
                    false);
            Rendered r = ctx.dialect().render(shape);
            List<Expression<?>> params = r.params();
            int leading = slots.size();
            boolean positional = leading <= params.size();
            for (int j = 0; positional && j < params.size(); j++) {
                // the row values first, in order; none of them again later (a tail binds only its own values)
                positional = j < leading ? params.get(j) == slots.get(j) : !(params.get(j) instanceof Placeholder);
            }
            if (!positional) {
                return new Template(n, null, false, false);
            }
            return new Template(n, Plan.withLeadingValues(r, ctx.codecs(), leading), true,
                    params.size() == leading);
        }

        private static <T> Placeholder<T> slot(Column<T> c) {
            return new Placeholder<>(c.name(), c.type());
        }
    }
}
