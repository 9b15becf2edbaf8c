package dev.quarry.query;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An update of many records by their primary keys, each setting every non-key column (or the chosen ones) from its
 * record, ready to run: {@code db.update(T).setRecords(records).execute()}, or
 * {@code setRecords(records, T.name, T.age)}. One statement is rendered with a placeholder per column and run for
 * all records as JDBC batches, inside one transaction. Immutable; the record list is copied.
 *
 * @param <R> the table's record type
 */
public final class RecordsUpdate<R> {
    private final Table<R> table;
    private final List<R> records;
    /** Per column index, whether it is set from each record; null for every non-key column. */
    private final boolean[] chosen;
    private final Condition where;
    private final Executor executor;

    RecordsUpdate(Table<R> table, List<? extends R> records, List<Column<?>> chosen, Condition where,
                  Executor executor) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no records to update in '" + table.name() + "'");
        }
        if (table.primaryKey().isEmpty()) {
            throw new IllegalArgumentException("table '" + table.name() + "' has no primary key to update by");
        }
        if (table.primaryKey().size() == table.columns().size()) {
            throw new IllegalArgumentException("every column of '" + table.name() + "' is in its primary key: "
                    + "there is nothing to set");
        }
        this.table = table;
        this.chosen = chosen == null ? null : setColumns(table, chosen);
        this.records = List.copyOf(records);
        this.where = where;
        this.executor = executor;
    }

    /** The statement each record runs: {@code UPDATE t SET <non-key columns> = ? WHERE <key> = ?}. */
    public UpdateQuery query() {
        return query(new IdentityHashMap<>());
    }

    /** The statement, noting in {@code columnOf} which column's value each placeholder takes. */
    private UpdateQuery query(Map<Placeholder<?>, Column<?>> columnOf) {
        List<Assignment> set = new ArrayList<>();
        Condition key = where;
        for (Column<?> c : table.columns()) {
            Placeholder<?> p = placeholder(c);
            columnOf.put(p, c);
            if (isKey(c)) {
                Condition k = keyEquals(c, p);
                key = key == null ? k : key.and(k);
            } else if (chosen == null || chosen[c.index()]) {
                set.add(new Assignment(c, p));
            }
        }
        return new UpdateQuery(table, set, key, List.of());
    }

    /**
     * Runs the updates; the number of rows they matched in all. Fewer than the records means some keys matched no
     * row (or, with a {@code where}, its filter left them out).
     */
    public long execute() {
        Map<Placeholder<?>, Column<?>> columnOf = new IdentityHashMap<>();
        Prepared<Void> prepared = Builders.require(executor).prepare(query(columnOf), row -> null);
        List<Placeholder<?>> order = prepared.placeholders();
        int[] index = new int[order.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = columnOf.get(order.get(i)).index();
        }
        List<Object[]> rows = new ArrayList<>(records.size());
        for (R r : records) {
            Object[] values = new Object[index.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = table.value(r, index[i]);
            }
            rows.add(values);
        }
        return prepared.executeBatch(rows);
    }

    /**
     * Which columns, by index, are set from each record; refuses a column of another table, a key column, or one
     * named twice, naming it.
     */
    private static boolean[] setColumns(Table<?> table, List<Column<?>> chosen) {
        boolean[] set = new boolean[table.columns().size()];
        for (Column<?> c : chosen) {
            if (c.table().def() != table.def()) {
                throw new IllegalArgumentException("column '" + c + "' is not a column of '" + table.name() + "'");
            }
            if (table.def().primaryKey().contains(c.name())) {
                throw new IllegalArgumentException("column '" + c.name() + "' is in the primary key of '"
                        + table.name() + "', which the records are updated by; it cannot be set");
            }
            if (set[c.index()]) {
                throw new IllegalArgumentException("column '" + c.name() + "' is named twice");
            }
            set[c.index()] = true;
        }
        return set;
    }

    private boolean isKey(Column<?> c) {
        return table.def().primaryKey().contains(c.name());
    }

    private static <T> Placeholder<T> placeholder(Column<T> c) {
        return new Placeholder<>(c.name(), c.type());
    }

    @SuppressWarnings("unchecked")
    private static <T> Condition keyEquals(Column<T> c, Placeholder<?> p) {
        return c.eq((Expression<T>) p);
    }
}
