package dev.quarry.migrate;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small rewrites of schema models that the diff needs. Internal to this package; stateless. */
final class Models {
    private Models() {
    }

    /** {@code table} under another name. */
    static TableDef renamed(TableDef table, String name) {
        return new TableDef(name, table.columns(), table.primaryKey(), table.indexes(), table.foreignKeys(),
                table.checks());
    }

    /**
     * {@code table} with column {@code from} named {@code to} in its columns, key, indexes and foreign keys; check
     * expressions are text and stay as they are.
     */
    static TableDef withColumnRenamed(TableDef table, String from, String to) {
        List<ColumnDef> columns = table.columns().stream()
                .map(c -> c.name().equals(from) ? new ColumnDef(to, c.type(), c.nullable(), c.defaultValue(),
                        c.generated(), c.defaultExpression()) : c)
                .toList();
        List<IndexDef> indexes = table.indexes().stream()
                .map(i -> new IndexDef(i.name(), rename(i.columns(), from, to), i.unique(), i.constraint()))
                .toList();
        List<ForeignKeyDef> fks = table.foreignKeys().stream()
                .map(f -> new ForeignKeyDef(f.name(), rename(f.columns(), from, to), f.refTable(), f.refColumns(),
                        f.onDelete(), f.onUpdate()))
                .toList();
        return new TableDef(table.name(), columns, rename(table.primaryKey(), from, to), indexes, fks,
                table.checks());
    }

    /** A table of {@code column} alone (beside a key of its own), to compare or normalise one column. */
    static TableDef single(ColumnDef column) {
        String key = column.name().equals("quarry_key") ? "quarry_key2" : "quarry_key";
        ColumnDef keyColumn = new ColumnDef(key, DataType.LONG, false, null, false);
        return new TableDef("quarry_column", List.of(keyColumn, column), List.of(key), List.of(), List.of());
    }

    /**
     * {@code tables} ordered so that a table comes after every other table of the list it references.
     *
     * @throws UnsupportedFeatureException if they reference each other in a cycle
     */
    static List<TableDef> referencedFirst(List<TableDef> tables) {
        Map<String, TableDef> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        List<TableDef> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (TableDef t : tables) {
            visit(t, byName, done, visiting, out);
        }
        return out;
    }

    private static void visit(TableDef t, Map<String, TableDef> byName, Set<String> done, Set<String> visiting,
                              List<TableDef> out) {
        if (done.contains(t.name())) {
            return;
        }
        if (!visiting.add(t.name())) {
            throw new UnsupportedFeatureException("tables " + visiting + " reference each other in a cycle; create"
                    + " or drop them in a hand-written migration");
        }
        for (ForeignKeyDef fk : t.foreignKeys()) {
            TableDef ref = byName.get(fk.refTable());
            if (ref != null && !ref.name().equals(t.name())) {
                visit(ref, byName, done, visiting, out);
            }
        }
        visiting.remove(t.name());
        done.add(t.name());
        out.add(t);
    }

    private static List<String> rename(List<String> names, String from, String to) {
        return names.stream().map(n -> n.equals(from) ? to : n).toList();
    }
}
