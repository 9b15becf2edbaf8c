package dev.quarry.sync;

import dev.quarry.query.Table;
import java.util.List;

/**
 * What one pull read for one table: the rows whose key changed and that exist in the pull's snapshot (each as its
 * column values, in the table's column order), and the keys that changed and exist no more; or, when {@code whole}
 * (the table was truncated since the cursor), every row of the table, to replace the local ones.
 */
record TableChanges(Table<?> table, List<Object[]> present, List<Object[]> gone, boolean whole) {

    TableChanges(Table<?> table, List<Object[]> present, List<Object[]> gone) {
        this(table, present, gone, false);
    }

    /** A {@code TRUNCATE} logs a key of nulls. */
    static boolean truncated(List<Object[]> keys) {
        for (Object[] k : keys) {
            if (k[0] == null) {
                return true;
            }
        }
        return false;
    }
}
