package dev.quarry.session;

import dev.quarry.query.Table;

/**
 * What a unit of work knows of one row: the record as the database holds it ({@code loaded}, null for a row not
 * inserted yet), the record the application wants ({@code current}), and whether the row is to be inserted,
 * compared for changes, or deleted. Mutable; owned by one {@link UnitOfWork}: not thread-safe.
 *
 * @param <R> the record type
 */
final class Entry<R> {
    /** What the next flush does with a row. */
    enum State {
        /** Persisted, not in the database yet: insert. */
        NEW,
        /** Loaded (or flushed): update the columns where {@code current} differs from {@code loaded}. */
        MANAGED,
        /** Loaded, then removed: delete. */
        REMOVED
    }

    final Table<R> table;
    R loaded;
    R current;
    State state;

    Entry(Table<R> table, R loaded, R current, State state) {
        this.table = table;
        this.loaded = loaded;
        this.current = current;
        this.state = state;
    }

    static <R> Entry<R> loaded(Table<R> table, R row) {
        return new Entry<>(table, row, row, State.MANAGED);
    }

    static <R> Entry<R> persisted(Table<R> table, R record) {
        return new Entry<>(table, null, record, State.NEW);
    }

    /** Whether the table's database generates a column of it (a key): the insert must read the row back. */
    boolean hasGeneratedColumn() {
        return table.def().columns().stream().anyMatch(c -> c.generated());
    }

    /** Whether the next flush writes something for this row. */
    boolean isPending() {
        return state != State.MANAGED || !ColumnDiff.changed(table, loaded, current).isEmpty();
    }
}
