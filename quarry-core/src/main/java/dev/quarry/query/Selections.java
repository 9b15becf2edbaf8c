package dev.quarry.query;

import java.util.List;

/** Builds the row mapper of a select list. */
final class Selections {
    private Selections() {
    }

    /** The mapper of a single selection at offset 0: the selection's own read, nothing in between. */
    static <T> RowMapper<T> single(Selection<T> s) {
        if (s instanceof Table<T> t) {
            return row -> t.map(row, 0);
        }
        return row -> s.read(row, 0);
    }

    /** Offsets of each selection in a row. */
    static int[] offsets(List<? extends Selection<?>> items) {
        int[] offsets = new int[items.size()];
        int o = 0;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = o;
            o += items.get(i).width();
        }
        return offsets;
    }

    /**
     * Reads item {@code s} at {@code offset}; a table whose first key column is NULL (the missing side of a left
     * join) reads as null.
     */
    static <T> T read(Selection<T> s, Row row, int offset) {
        if (s instanceof Table<T> t) {
            int key = t.def().indexOf(t.def().primaryKey().get(0));
            return row.isNull(offset + key) ? null : t.map(row, offset);
        }
        return s.read(row, offset);
    }
}
