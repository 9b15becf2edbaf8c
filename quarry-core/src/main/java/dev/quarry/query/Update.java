package dev.quarry.query;

import java.util.ArrayList;
import java.util.List;

/**
 * An UPDATE being built. Immutable.
 *
 * @param <R> the table's record type
 */
public final class Update<R> {
    private final Table<R> table;
    private final List<Assignment> assignments;
    private final Condition where;
    private final Executor executor;

    Update(Table<R> table, List<Assignment> assignments, Condition where, Executor executor) {
        this.table = table;
        this.assignments = List.copyOf(assignments);
        this.where = where;
        this.executor = executor;
    }

    /** {@code SET column = value}. */
    public <T> Update<R> set(Column<T> column, T value) {
        return set(column, column.param(value));
    }

    /** {@code SET column = expression}, for example {@code set(T.count, T.count.plus(1))}. */
    public <T> Update<R> set(Column<T> column, Expression<T> value) {
        List<Assignment> more = new ArrayList<>(assignments);
        more.add(new Assignment(column, value));
        return new Update<>(table, more, where, executor);
    }

    /** {@code SET column = value} with an {@code int} for a {@code long} column (see {@link LongExpression}). */
    public Update<R> set(LongColumn column, Integer value) {
        return set(column, Widening.toLong(value));
    }

    /** {@code SET column = value} with an {@code int} for a decimal column. */
    public Update<R> set(DecimalColumn column, Integer value) {
        return set(column, Widening.toDecimal(value));
    }

    /** {@code SET column = value} with a {@code long} for a decimal column. */
    public Update<R> set(DecimalColumn column, Long value) {
        return set(column, Widening.toDecimal(value));
    }

    /** {@code SET column = value} with an {@code int} for a {@code double} column. */
    public Update<R> set(DoubleColumn column, Integer value) {
        return set(column, Widening.toDouble(value));
    }

    /** Sets every non-key column from {@code record} and restricts the update to the record's primary key. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Update<R> setRecord(R record) {
        List<Assignment> more = new ArrayList<>(assignments);
        Condition key = null;
        for (Column c : table.columns()) {
            Object v = table.value(record, c.index());
            if (table.def().primaryKey().contains(c.name())) {
                Condition k = c.eq(v);
                key = key == null ? k : key.and(k);
            } else {
                more.add(new Assignment(c, new Param(v, c.type())));
            }
        }
        Condition w = where == null ? key : where.and(key);
        return new Update<>(table, more, w, executor);
    }

    /** Adds a filter; several are ANDed. Without one, every row is updated. */
    public Update<R> where(Condition condition) {
        return new Update<>(table, assignments, where == null ? condition : where.and(condition), executor);
    }

    /** The statement tree. */
    public UpdateQuery query() {
        return new UpdateQuery(table, assignments, where, List.of());
    }

    /** Runs the update; the number of rows it matched. */
    public long execute() {
        return Builders.require(executor).execute(query());
    }

    /**
     * Renders the update once for repeated runs: its {@link Placeholder}s take values per run, and
     * {@link Prepared#executeBatch} runs it for many value rows as one JDBC batch.
     */
    public Prepared<Void> prepare() {
        return Builders.require(executor).prepare(query(), row -> null);
    }

    /**
     * Updates each of {@code records} by its primary key, every non-key column set from the record: what
     * {@link #setRecord} does for one record, run for all as one prepared statement in JDBC batches, in one
     * transaction (the current one, or one begun for the call). A {@link #where} given before is added to every
     * row's key condition.
     */
    public RecordsUpdate<R> setRecords(List<? extends R> records) {
        if (!assignments.isEmpty()) {
            throw new IllegalStateException("setRecords(...) sets every non-key column; drop the set(...) calls");
        }
        return new RecordsUpdate<>(table, records, null, where, executor);
    }

    /**
     * Updates each of {@code records} by its primary key, only {@code columns} set from the record (the others keep
     * their stored values): one prepared statement run for all records in JDBC batches, in one transaction, as
     * {@link #setRecords(List)} does. The columns must be non-key columns of this table, each named once.
     */
    public RecordsUpdate<R> setRecords(List<? extends R> records, Column<?>... columns) {
        if (!assignments.isEmpty()) {
            throw new IllegalStateException("setRecords(...) sets columns from the records; drop the set(...) calls");
        }
        if (columns.length == 0) {
            throw new IllegalArgumentException("name at least one column to set, or call setRecords(records) to set"
                    + " every non-key column");
        }
        return new RecordsUpdate<>(table, records, List.of(columns), where, executor);
    }

    /** Runs the update and returns the updated rows (PostgreSQL, SQLite 3.35+; not MariaDB). */
    public Returning<R> returning() {
        return new Returning<>(new UpdateQuery(table, assignments, where, List.of(table)),
                row -> table.map(row, 0), executor);
    }

    /** Runs the update and returns {@code selection} of each updated row. */
    public <T> Returning<T> returning(Selection<T> selection) {
        return new Returning<>(new UpdateQuery(table, assignments, where, List.of(selection)),
                Selections.single(selection), executor);
    }
}
