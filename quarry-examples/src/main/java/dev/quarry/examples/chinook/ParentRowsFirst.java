package dev.quarry.examples.chinook;

import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the rows of a table that references itself (Chinook's {@code Employee.ReportsTo}) so that each row comes
 * after the row it points to. MariaDB (InnoDB) checks a foreign key row by row, even inside one multi-row INSERT
 * (https://mariadb.com/kb/en/foreign-keys/), so a report inserted before its manager fails there; SQLite and
 * PostgreSQL check at the end of the statement. Stateless.
 */
final class ParentRowsFirst {
    private ParentRowsFirst() {
    }

    /** {@code rows} reordered parents first, or unchanged when {@code table} has no single-column self-reference. */
    static <R> List<R> sort(Table<R> table, List<R> rows) {
        ForeignKeyDef self = table.def().foreignKeys().stream()
                .filter(fk -> fk.refTable().equals(table.name()) && fk.columns().size() == 1)
                .findFirst().orElse(null);
        if (self == null) {
            return rows;
        }
        int pointing = table.def().indexOf(self.columns().get(0));
        int key = table.def().indexOf(self.refColumns().get(0));
        Map<Object, R> pending = new LinkedHashMap<>();
        for (R r : rows) {
            pending.put(table.value(r, key), r);
        }
        List<R> out = new ArrayList<>(rows.size());
        while (!pending.isEmpty()) {
            int before = out.size();
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                Object parent = table.value(e.getValue(), pointing);
                // The parent is placed once it left pending (or was never among the rows); a row may point to itself.
                if (parent == null || !pending.containsKey(parent) || parent.equals(e.getKey())) {
                    out.add(e.getValue());
                    it.remove();
                }
            }
            if (out.size() == before) {
                throw new IllegalArgumentException(table.name() + " has a cycle through " + self.name()
                        + " among keys " + pending.keySet() + "; it cannot be inserted row by row");
            }
        }
        return out;
    }
}
