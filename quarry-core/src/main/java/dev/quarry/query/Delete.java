package dev.quarry.query;

import java.util.List;

/**
 * A DELETE being built. Immutable.
 *
 * @param <R> the table's record type
 */
public final class Delete<R> {
    private final Table<R> table;
    private final Condition where;
    private final Executor executor;

    Delete(Table<R> table, Condition where, Executor executor) {
        this.table = table;
        this.where = where;
        this.executor = executor;
    }

    /** Adds a filter; several are ANDed. Without one, every row is deleted. */
    public Delete<R> where(Condition condition) {
        return new Delete<>(table, where == null ? condition : where.and(condition), executor);
    }

    /** The statement tree. */
    public DeleteQuery query() {
        return new DeleteQuery(table, where, List.of());
    }

    /** Runs the delete; the number of rows deleted. */
    public long execute() {
        return Builders.require(executor).execute(query());
    }

    /**
     * Renders the delete once for repeated runs: its {@link Placeholder}s take values per run, and
     * {@link Prepared#executeBatch} runs it for many value rows as one JDBC batch.
     */
    public Prepared<Void> prepare() {
        return Builders.require(executor).prepare(query(), row -> null);
    }

    /** Runs the delete and returns the deleted rows. */
    public Returning<R> returning() {
        return new Returning<>(new DeleteQuery(table, where, List.of(table)), row -> table.map(row, 0), executor);
    }

    /** Runs the delete and returns {@code selection} of each deleted row. */
    public <T> Returning<T> returning(Selection<T> selection) {
        return new Returning<>(new DeleteQuery(table, where, List.of(selection)), Selections.single(selection),
                executor);
    }
}
