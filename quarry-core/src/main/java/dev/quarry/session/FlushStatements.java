package dev.quarry.session;

import dev.quarry.Database;
import dev.quarry.error.NoRowException;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Prepared;
import dev.quarry.query.Update;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link FlushPlan} on a database or transaction, statement by statement: per table, one JDBC batch of
 * INSERTs (one INSERT ... RETURNING per row where the database generates a column, to learn its value); UPDATEs
 * listing only the changed columns, one statement per set of changed columns run for its rows as one JDBC batch;
 * one DELETE ... WHERE key IN (...) per 500 rows. Rows of a table that references itself go in the order
 * {@link SelfReferenceOrder} gives: inserted parents first in the one batch, deleted a level at a time, children
 * first. Whether the statements commit together is the caller's
 * business ({@link UnitOfWork} runs this inside a transaction unless told otherwise). Used by one flush: not
 * thread-safe.
 */
final class FlushStatements {
    /** Keys bound in one DELETE: below every supported database's parameter limit. */
    static final int DELETE_CHUNK = 500;

    private final Database target;
    private final Map<Entry<?>, Object> stored = new IdentityHashMap<>();

    private FlushStatements(Database target) {
        this.target = target;
    }

    /**
     * Writes {@code plan} on {@code target}.
     *
     * @return the rows read back from generated-column inserts, by their entry
     */
    static Map<Entry<?>, Object> run(Database target, FlushPlan plan) {
        FlushStatements run = new FlushStatements(target);
        for (TableChanges<?> t : plan.parentsFirst()) {
            run.insert(t);
        }
        for (TableChanges<?> t : plan.parentsFirst()) {
            run.update(t);
        }
        for (TableChanges<?> t : plan.childrenFirst()) {
            run.delete(t);
        }
        return run.stored;
    }

    private <R> void insert(TableChanges<R> t) {
        if (!t.orderedInserts.isEmpty()) {
            List<R> rows = new ArrayList<>(t.orderedInserts.size());
            t.orderedInserts.forEach(e -> rows.add(e.current));
            target.insertInto(t.table).batch(rows).execute();
        }
        for (Entry<R> e : t.generatedInserts) {
            stored.put(e, target.insertInto(t.table).values(e.current).returning().fetchOne());
        }
    }

    private <R> void update(TableChanges<R> t) {
        for (Map.Entry<List<Integer>, List<Entry<R>>> group : t.updates.entrySet()) {
            ColumnUpdate<R> statement = ColumnUpdate.prepare(target, t, group.getKey());
            List<Entry<R>> rows = group.getValue();
            long count = statement.run(rows);
            if (count != rows.size()) {
                throw new NoRowException("no row of '" + t.table.name() + "' with key " + missing(t, rows)
                        + " to update: it was deleted after it was loaded", statement.sql());
            }
        }
    }

    /**
     * The key of the first of {@code rows} that is no longer stored: a batch reports only how many rows matched,
     * so the failure path looks the keys up (the caller's transaction is rolled back anyway).
     */
    private <R> Object missing(TableChanges<R> t, List<Entry<R>> rows) {
        for (Entry<R> e : rows) {
            if (target.selectFrom(t.table).where(keyIn(t, t.table.primaryKey(), List.of(e))).fetch().isEmpty()) {
                return RowKey.of(t.table, e.current).values();
            }
        }
        return "(unknown: every key was found again)";
    }

    private <R> void delete(TableChanges<R> t) {
        List<Column<?>> key = t.table.primaryKey();
        for (List<Entry<R>> level : t.deleteLevels) {
            for (int from = 0; from < level.size(); from += DELETE_CHUNK) {
                List<Entry<R>> chunk = level.subList(from, Math.min(level.size(), from + DELETE_CHUNK));
                target.deleteFrom(t.table).where(keyIn(t, key, chunk)).execute();
            }
        }
    }

    /** {@code key IN (...)} for a one-column key, {@code (a = ? AND b = ?) OR ...} for a composite one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> Condition keyIn(TableChanges<R> t, List<Column<?>> key, List<Entry<R>> rows) {
        if (key.size() == 1) {
            Column c = key.get(0);
            List<Object> values = new ArrayList<>(rows.size());
            rows.forEach(e -> values.add(t.table.value(e.current, c.index())));
            return c.in(values);
        }
        Condition any = null;
        for (Entry<R> e : rows) {
            Condition all = null;
            for (Column c : key) {
                Condition eq = c.eq(t.table.value(e.current, c.index()));
                all = all == null ? eq : all.and(eq);
            }
            any = any == null ? all : any.or(all);
        }
        return any;
    }

    /**
     * {@code UPDATE table SET <changed columns> = ? WHERE <key> = ?}, rendered once for one set of changed columns
     * and run once per row with that row's values.
     */
    private static final class ColumnUpdate<R> {
        private final TableChanges<R> t;
        private final Prepared<Void> prepared;
        private final Map<Placeholder<?>, Integer> columnOf;

        private ColumnUpdate(TableChanges<R> t, Prepared<Void> prepared, Map<Placeholder<?>, Integer> columnOf) {
            this.t = t;
            this.prepared = prepared;
            this.columnOf = columnOf;
        }

        static <R> ColumnUpdate<R> prepare(Database target, TableChanges<R> t, List<Integer> columns) {
            Map<Placeholder<?>, Integer> columnOf = new HashMap<>();
            Update<R> update = target.update(t.table);
            for (int i : columns) {
                update = set(update, t.table.column(i), columnOf);
            }
            for (Column<?> c : t.table.primaryKey()) {
                update = update.where(keyEquals(c, columnOf));
            }
            Prepared<Void> prepared = target.executor().prepare(update.query(), row -> null);
            return new ColumnUpdate<>(t, prepared, columnOf);
        }

        private static <R, T> Update<R> set(Update<R> update, Column<T> c, Map<Placeholder<?>, Integer> columnOf) {
            Placeholder<T> p = new Placeholder<>(c.name(), c.type());
            columnOf.put(p, c.index());
            Expression<T> value = p;
            return update.set(c, value);
        }

        private static <T> Condition keyEquals(Column<T> c, Map<Placeholder<?>, Integer> columnOf) {
            Placeholder<T> p = new Placeholder<>("key " + c.name(), c.type());
            columnOf.put(p, c.index());
            Expression<T> value = p;
            return c.eq(value);
        }

        /** Runs the update for each of {@code rows} as one JDBC batch; the number of rows matched in all. */
        long run(List<Entry<R>> rows) {
            List<Placeholder<?>> order = prepared.placeholders();
            int[] index = new int[order.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = columnOf.get(order.get(i));
            }
            List<Object[]> batch = new ArrayList<>(rows.size());
            for (Entry<R> e : rows) {
                Object[] values = new Object[index.length];
                for (int i = 0; i < values.length; i++) {
                    values[i] = t.table.value(e.current, index[i]);
                }
                batch.add(values);
            }
            return prepared.executeBatch(batch);
        }

        String sql() {
            return prepared.sql();
        }
    }
}
