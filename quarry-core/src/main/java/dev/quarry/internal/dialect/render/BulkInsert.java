package dev.quarry.internal.dialect.render;

import dev.quarry.internal.dialect.Dialect;

import dev.quarry.query.Column;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.Param;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Query;
import dev.quarry.query.RecordRows;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An insert of many rows as the engine runs it, without the engine reading the query tree: in chunks of at most
 * {@value #MAX_CHUNK_ROWS} rows that each stay under the database's parameter limit, or as one JDBC batch of the
 * one-row statement. It renders a chunk's shape once from rows of placeholders ({@link #shape}), so the engine can
 * cache it by {@link #shapeKey} and bind each chunk's values by position straight from the records
 * ({@link #value}); when a row value is an expression rather than a value, each chunk is rendered with its values
 * ({@link #chunk}). Immutable and thread-safe.
 */
public final class BulkInsert {
    /**
     * Rows per multi-row statement at most, so that no statement (and no cached shape) grows with the caller's list.
     * Measured with InsertBenchmark (10,000 five-column rows, JDK 17, load ~1.5-2): 250 / 500 / 1,000 rows took
     * 9.6 / 9.0 / 9.5 ms on SQLite (a tie) and 55 / 50 / 39 ms on PostgreSQL, where one 10,000-row statement took
     * ~111 ms.
     */
    public static final int MAX_CHUNK_ROWS = 1000;
    /** Parameters left free in each chunk for the rest of the statement (an upsert's SET values). */
    private static final int TAIL_RESERVE = 100;

    /** Where row values come from: the records themselves, or the rows' bound parameters. */
    private interface Values {
        Object get(int row, int column);
    }

    /**
     * One chunk shape rendered from rows of placeholders: the statement, and how many leading parameters are the
     * row values in order. {@code positional} is false when the renderer did not emit the row values first, row by
     * row (then chunks must be rendered with their values); {@code cacheable} is true when every parameter is a row
     * value, so the shape holds no user value (an upsert's SET values would otherwise be kept with it).
     *
     * @param rendered   the statement, or null when not positional
     * @param rows       rows per chunk
     * @param leading    parameters that are row values
     * @param positional whether row values bind by position
     * @param cacheable  whether the shape may be kept across calls
     */
    public record Shape(Rendered rendered, int rows, int leading, boolean positional, boolean cacheable) {
    }

    /** What names a chunk shape for a cache: never a user's value. */
    public record ShapeKey(Object table, List<?> columns, int rows, Object conflict, List<?> returning) {
    }

    private final InsertQuery q;
    private final Function<Query, Rendered> renderer;
    private final Values source;
    private final int chunkRows;

    private BulkInsert(InsertQuery q, Function<Query, Rendered> renderer, int maxParameters) {
        this.q = q;
        this.renderer = renderer;
        this.source = valuesOf(q);
        int cols = Math.max(1, q.columns().size());
        int fit = (maxParameters - TAIL_RESERVE) / cols;
        this.chunkRows = Math.max(1, Math.min(MAX_CHUNK_ROWS, fit));
    }

    /**
     * The bulk form of {@code query}, or null when it runs as one plain statement: not an insert of values, fewer
     * than two rows, or few enough rows of expressions to fit one statement.
     */
    public static BulkInsert of(Query query, int maxParameters, Function<Query, Rendered> renderer) {
        if (!(query instanceof InsertQuery q) || q.rows().size() < 2) {
            return null;
        }
        BulkInsert b = new BulkInsert(q, renderer, maxParameters);
        boolean applies = (q.batch() && q.returning().isEmpty()) || q.rows() instanceof RecordRows
                || q.rows().size() > b.chunkRows;
        return applies ? b : null;
    }

    private static Values valuesOf(InsertQuery q) {
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

    /** Whether it runs as a JDBC batch of the one-row statement (asked for, returns nothing, all values). */
    public boolean asBatch() {
        return q.batch() && q.returning().isEmpty() && source != null;
    }

    /**
     * Whether this multi-row insert could run as a JDBC batch of the one-row statement with the same outcome: it
     * returns nothing, has no ON CONFLICT clause, and its rows are values ({@link Dialect#multiRowAsBatch()}).
     */
    public boolean plainValues() {
        return !q.batch() && q.returning().isEmpty() && q.conflict() == null && source != null;
    }

    /** Whether rows bind by position from {@link #value} (false when some row value is an expression). */
    public boolean hasValues() {
        return source != null;
    }

    public int rows() {
        return q.rows().size();
    }

    public int columns() {
        return q.columns().size();
    }

    /** Rows per chunk: at most {@value #MAX_CHUNK_ROWS}, and within the database's parameter limit. */
    public int chunkRows() {
        return chunkRows;
    }

    /** The value of column {@code column} in row {@code row}; only when {@link #hasValues()}. */
    public Object value(int row, int column) {
        return source.get(row, column);
    }

    /** The cache key of the shape of {@code rows} rows. */
    public ShapeKey shapeKey(int rows) {
        return new ShapeKey(q.table(), q.columns(), rows, q.conflict(), q.returning());
    }

    /** Renders the shape of a chunk of {@code n} rows from rows of placeholders. */
    public Shape shape(int n) {
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
        Rendered r = renderer.apply(new InsertQuery(q.table(), q.columns(), rows, null, q.conflict(), q.returning(),
                false));
        List<Expression<?>> params = r.params();
        int leading = slots.size();
        boolean positional = leading <= params.size();
        for (int j = 0; positional && j < params.size(); j++) {
            // the row values first, in order; none of them again later (a tail binds only its own values)
            positional = j < leading ? params.get(j) == slots.get(j) : !(params.get(j) instanceof Placeholder);
        }
        return positional ? new Shape(r, n, leading, true, params.size() == leading)
                : new Shape(null, n, leading, false, false);
    }

    /** Rows {@code from .. from+n} rendered with their values: the slow path for rows of expressions. */
    public Rendered chunk(int from, int n) {
        return renderer.apply(new InsertQuery(q.table(), q.columns(), q.rows().subList(from, from + n), null,
                q.conflict(), q.returning(), false));
    }

    private static <T> Placeholder<T> slot(Column<T> c) {
        return new Placeholder<>(c.name(), c.type());
    }
}
