package dev.quarry.session;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the rows one flush writes to a table that references itself (Chinook's {@code Employee.ReportsTo ->
 * Employee.EmployeeId}) in levels: level 0 holds the rows whose referenced row is not among them, level k the rows
 * whose referenced rows are in earlier levels. Inserts run level by level, so a manager is in before the employee
 * reporting to them; deletes run deepest level first, so no statement removes a row another still points to.
 * Levels matter on MariaDB, whose InnoDB checks foreign keys row by row, not at the end of the statement. Rows that
 * reference each other in a ring cannot be written in any order and are refused before anything is sent.
 * Stateless.
 */
final class SelfReferenceOrder {
    private SelfReferenceOrder() {
    }

    /** The foreign keys of {@code def} that point at {@code def} itself. */
    static List<ForeignKeyDef> selfReferences(TableDef def) {
        return def.foreignKeys().stream().filter(fk -> fk.refTable().equals(def.name())).toList();
    }

    /**
     * {@code rows} in levels, parents first; one level holding them all when nothing among them points inside.
     * Kahn's algorithm a level at a time, so a chain of any length needs no recursion.
     */
    static <R> List<List<Entry<R>>> levels(Table<R> table, List<Entry<R>> rows) {
        List<ForeignKeyDef> fks = selfReferences(table.def());
        if (fks.isEmpty() || rows.size() < 2) {
            return List.of(rows);
        }
        Map<Entry<R>, List<Entry<R>>> children = new IdentityHashMap<>();
        Map<Entry<R>, Integer> parentCount = new IdentityHashMap<>();
        for (ForeignKeyDef fk : fks) {
            Map<List<Object>, Entry<R>> byReferenced = new HashMap<>();
            for (Entry<R> e : rows) {
                byReferenced.put(values(table, e.current, fk.refColumns()), e);
            }
            for (Entry<R> e : rows) {
                List<Object> pointsTo = values(table, e.current, fk.columns());
                Entry<R> parent = pointsTo.contains(null) ? null : byReferenced.get(pointsTo);
                if (parent != null && parent != e) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
                    parentCount.merge(e, 1, Integer::sum);
                }
            }
        }
        List<List<Entry<R>>> levels = new ArrayList<>();
        List<Entry<R>> level = new ArrayList<>();
        for (Entry<R> e : rows) {
            if (!parentCount.containsKey(e)) {
                level.add(e);
            }
        }
        int placed = 0;
        while (!level.isEmpty()) {
            levels.add(level);
            placed += level.size();
            List<Entry<R>> next = new ArrayList<>();
            for (Entry<R> parent : level) {
                for (Entry<R> child : children.getOrDefault(parent, List.of())) {
                    if (parentCount.merge(child, -1, Integer::sum) == 0) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        if (placed < rows.size()) {
            throw ring(table, rows, parentCount);
        }
        return levels;
    }

    private static <R> UnsupportedFeatureException ring(Table<R> table, List<Entry<R>> rows,
                                                        Map<Entry<R>, Integer> parentCount) {
        List<Object> keys = new ArrayList<>();
        for (Entry<R> e : rows) {
            if (parentCount.getOrDefault(e, 0) > 0) {
                keys.add(RowKey.of(table, e.current).values());
            }
        }
        return new UnsupportedFeatureException("rows of '" + table.name() + "' with keys " + keys + " reference"
                + " each other in a ring: no order of statements can write them; break the ring with a NULL and set"
                + " it in a later flush. Nothing was written.");
    }

    private static <R> List<Object> values(Table<R> table, R record, List<String> columns) {
        List<Object> out = new ArrayList<>(columns.size());
        for (String c : columns) {
            out.add(RowKey.normal(table.value(record, table.def().indexOf(c))));
        }
        return out;
    }
}
