package dev.quarry.session;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one flush writes, per table, with the tables in foreign key order: inserts and updates run parents
 * first, deletes children first. Updates run after all inserts (a row may move to a new parent) and deletes after
 * all updates (a row may move away from a parent about to be deleted). Built by one flush: not thread-safe.
 */
final class FlushPlan {
    private final List<TableChanges<?>> parentsFirst;

    private FlushPlan(List<TableChanges<?>> parentsFirst) {
        this.parentsFirst = parentsFirst;
    }

    /** The plan writing what {@code entries} hold pending. */
    static FlushPlan of(Collection<Entry<?>> entries) {
        Map<String, TableChanges<?>> byTable = new LinkedHashMap<>();
        for (Entry<?> e : entries) {
            add(byTable, e);
        }
        byTable.values().removeIf(TableChanges::isEmpty);
        byTable.values().forEach(TableChanges::order);
        List<Table<?>> tables = new ArrayList<>();
        byTable.values().forEach(c -> tables.add(c.table));
        List<TableChanges<?>> ordered = new ArrayList<>();
        List<Table<?>> parentsFirst;
        try {
            parentsFirst = ForeignKeyOrder.parentsFirst(tables, Table::def);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedFeatureException(e.getMessage() + "; flush the rows of one of them in a flush of"
                    + " its own");
        }
        for (Table<?> t : parentsFirst) {
            ordered.add(byTable.get(t.name()));
        }
        return new FlushPlan(ordered);
    }

    @SuppressWarnings("unchecked")
    private static <R> void add(Map<String, TableChanges<?>> byTable, Entry<R> e) {
        ((TableChanges<R>) byTable.computeIfAbsent(e.table.name(), n -> new TableChanges<>(e.table))).add(e);
    }

    /** Per table, parents before children. */
    List<TableChanges<?>> parentsFirst() {
        return parentsFirst;
    }

    /** Per table, children before parents. */
    List<TableChanges<?>> childrenFirst() {
        List<TableChanges<?>> list = new ArrayList<>(parentsFirst);
        Collections.reverse(list);
        return list;
    }

    boolean isEmpty() {
        return parentsFirst.isEmpty();
    }

    int inserts() {
        return parentsFirst.stream().mapToInt(TableChanges::insertCount).sum();
    }

    int updates() {
        return parentsFirst.stream().mapToInt(TableChanges::updateCount).sum();
    }

    int deletes() {
        return parentsFirst.stream().mapToInt(c -> c.deletes.size()).sum();
    }
}
