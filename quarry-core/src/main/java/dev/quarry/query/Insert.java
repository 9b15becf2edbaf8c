package dev.quarry.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An INSERT ready to run, to be extended with more column values, a conflict clause or RETURNING. Immutable.
 *
 * @param <R> the table's record type
 */
public final class Insert<R> {
    private final Table<R> table;
    private final InsertQuery query;
    private final Executor executor;

    Insert(Table<R> table, InsertQuery query, Executor executor) {
        this.table = table;
        this.query = query;
        this.executor = executor;
    }

    /** The statement tree. */
    public InsertQuery query() {
        return query;
    }

    /** Adds a column value to the (single) row being built with {@code set}. */
    public <T> Insert<R> set(Column<T> column, T value) {
        return set(column, column.param(value));
    }

    /** Adds a column to the (single) row being built with {@code set}. */
    public <T> Insert<R> set(Column<T> column, Expression<T> value) {
        if (query.rows().size() != 1 || query.select() != null) {
            throw new IllegalStateException("set(...) adds to a single row of column values");
        }
        if (query.columns().contains(column)) {
            throw new IllegalArgumentException("column '" + column.name() + "' is set twice");
        }
        List<Column<?>> columns = new ArrayList<>(query.columns());
        columns.add(column);
        List<Expression<?>> row = new ArrayList<>(query.rows().get(0));
        row.add(value);
        return with(new InsertQuery(table, columns, List.of(row), null, query.conflict(), query.returning(),
                false));
    }

    /** A column value with an {@code int} for a {@code long} column (see {@link LongExpression}). */
    public Insert<R> set(LongColumn column, Integer value) {
        return set(column, Widening.toLong(value));
    }

    /** A column value with an {@code int} for a decimal column. */
    public Insert<R> set(DecimalColumn column, Integer value) {
        return set(column, Widening.toDecimal(value));
    }

    /** A column value with a {@code long} for a decimal column. */
    public Insert<R> set(DecimalColumn column, Long value) {
        return set(column, Widening.toDecimal(value));
    }

    /** A column value with an {@code int} for a {@code double} column. */
    public Insert<R> set(DoubleColumn column, Integer value) {
        return set(column, Widening.toDouble(value));
    }

    private Insert<R> with(InsertQuery q) {
        return new Insert<>(table, q, executor);
    }

    /** On a conflict of the primary key, leave the existing row and skip this one. */
    public Insert<R> onConflictDoNothing() {
        return with(withConflict(new Conflict(List.of(), List.of())));
    }

    /** Names the unique key whose conflict turns this insert into an update or a no-op. */
    public ConflictStep<R> onConflict(Column<?>... target) {
        return new ConflictStep<>(this, List.of(target));
    }

    InsertQuery withConflict(Conflict conflict) {
        return new InsertQuery(table, query.columns(), query.rows(), query.select(), conflict, query.returning(),
                query.batch());
    }

    Insert<R> withQuery(InsertQuery q) {
        return with(q);
    }

    /** Runs the insert; the number of rows inserted (or, on MariaDB upserts, as MariaDB counts them). */
    public long execute() {
        return Builders.require(executor).execute(query);
    }

    /**
     * Renders a one-row insert once for repeated runs: its {@link Placeholder}s take values per run, and
     * {@link Prepared#executeBatch} runs it for many value rows as one JDBC batch.
     */
    public Prepared<Void> prepare() {
        if (query.rows().size() > 1 || query.batch()) {
            throw new IllegalStateException("prepare() takes an insert of one row of placeholders; this one has "
                    + query.rows().size() + " rows (run it with execute())");
        }
        return Builders.require(executor).prepare(query, row -> null);
    }

    /** Runs the insert and returns the inserted rows as records, generated keys filled in. */
    public Returning<R> returning() {
        InsertQuery q = new InsertQuery(table, query.columns(), query.rows(), query.select(), query.conflict(),
                List.of(table), query.batch());
        return new Returning<>(q, row -> table.map(row, 0), executor);
    }

    /** Runs the insert and returns {@code selection} of each inserted row (a generated key, say). */
    public <T> Returning<T> returning(Selection<T> selection) {
        InsertQuery q = new InsertQuery(table, query.columns(), query.rows(), query.select(), query.conflict(),
                List.of(selection), query.batch());
        return new Returning<>(q, Selections.single(selection), executor);
    }

    /**
     * The conflict clause of an upsert, waiting for what to do.
     *
     * @param <R> the table's record type
     */
    public static final class ConflictStep<R> {
        private final Insert<R> insert;
        private final List<Column<?>> target;

        ConflictStep(Insert<R> insert, List<Column<?>> target) {
            this.insert = insert;
            this.target = target;
        }

        /** Keep the existing row. */
        public Insert<R> doNothing() {
            return insert.withQuery(insert.withConflict(new Conflict(target, List.of())));
        }

        /** Overwrite {@code columns} of the existing row with the values this insert tried to write. */
        public Insert<R> doUpdateSetExcluded(Column<?>... columns) {
            return doUpdate(Arrays.stream(columns).map(c -> new Assignment(c, excluded(c))).toList());
        }

        private static <T> Excluded<T> excluded(Column<T> c) {
            return new Excluded<>(c);
        }

        /** Update the existing row with {@code assignments} (see {@link Dsl#set(Column, Object)}). */
        public Insert<R> doUpdate(List<Assignment> assignments) {
            if (assignments.isEmpty()) {
                throw new IllegalArgumentException("doUpdate needs at least one assignment; use doNothing()");
            }
            return insert.withQuery(insert.withConflict(new Conflict(target, assignments)));
        }

        /** Update the existing row with {@code assignments}. */
        public Insert<R> doUpdate(Assignment... assignments) {
            return doUpdate(List.of(assignments));
        }
    }
}
