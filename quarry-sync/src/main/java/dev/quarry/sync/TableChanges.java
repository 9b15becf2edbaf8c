package dev.quarry.sync;

import dev.quarry.query.Table;
import java.util.List;

/**
 * What one pull read for one table: the rows whose key changed and that exist in the pull's snapshot (each as its
 * column values, in the table's column order), and the keys that changed and exist no more.
 */
record TableChanges(Table<?> table, List<Object[]> present, List<Object[]> gone) {
}
