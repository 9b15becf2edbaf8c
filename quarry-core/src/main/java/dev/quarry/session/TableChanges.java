package dev.quarry.session;

import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one flush writes to one table: rows to insert (those whose database generates a column apart, since they
 * are read back one by one), rows to update grouped by the set of columns that changed (one prepared statement per
 * group), and rows to delete. Built and read by one flush: not thread-safe.
 *
 * @param <R> the record type
 */
final class TableChanges<R> {
    final Table<R> table;
    final List<Entry<R>> inserts = new ArrayList<>();
    final List<Entry<R>> generatedInserts = new ArrayList<>();
    final Map<List<Integer>, List<Entry<R>>> updates = new LinkedHashMap<>();
    final List<Entry<R>> deletes = new ArrayList<>();
    /** {@link #inserts} parents first, and {@link #deletes} children first, set by {@link #order()}. */
    List<Entry<R>> orderedInserts = List.of();
    List<List<Entry<R>>> deleteLevels = List.of();

    TableChanges(Table<R> table) {
        this.table = table;
    }

    /** Files {@code entry} under what the flush must do with it, if anything. */
    void add(Entry<R> entry) {
        switch (entry.state) {
            case NEW:
                (entry.hasGeneratedColumn() ? generatedInserts : inserts).add(entry);
                break;
            case REMOVED:
                deletes.add(entry);
                break;
            case MANAGED:
                List<Integer> changed = ColumnDiff.changed(table, entry.loaded, entry.current);
                if (!changed.isEmpty()) {
                    updates.computeIfAbsent(changed, k -> new ArrayList<>()).add(entry);
                }
                break;
            default:
                throw new IllegalStateException(entry.state.name());
        }
    }

    /**
     * Orders the rows of a table that references itself ({@link SelfReferenceOrder}); called once all rows are
     * added, before any statement runs, so a ring of rows is refused with nothing written.
     */
    void order() {
        orderedInserts = new ArrayList<>();
        SelfReferenceOrder.levels(table, inserts).forEach(orderedInserts::addAll);
        deleteLevels = new ArrayList<>(SelfReferenceOrder.levels(table, deletes));
        java.util.Collections.reverse(deleteLevels);
    }

    int insertCount() {
        return inserts.size() + generatedInserts.size();
    }

    int updateCount() {
        return updates.values().stream().mapToInt(List::size).sum();
    }

    boolean isEmpty() {
        return insertCount() == 0 && updates.isEmpty() && deletes.isEmpty();
    }
}
