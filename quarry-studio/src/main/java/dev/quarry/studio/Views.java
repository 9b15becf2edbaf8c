package dev.quarry.studio;

import dev.quarry.query.Column;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the page receives, as maps and lists that Jackson writes as JSON: a table's columns with their inputs and
 * foreign keys, a page of rows as text, a table's schema. Stateless.
 */
final class Views {
    private Views() {
    }

    /** A grid page: columns, rows as text, each row's key, the next cursor and the count. */
    static Map<String, Object> page(Page page, Catalog catalog) {
        DynamicTable table = page.table();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("table", table.name());
        out.put("columns", columns(table.def()));
        out.put("primaryKey", table.def().primaryKey());
        out.put("children", children(catalog, table.name()));
        out.put("rows", gridRows(page.rows()));
        out.put("next", page.next());
        out.put("total", page.total() < 0 ? null : page.total());
        return out;
    }

    /**
     * The rows as the grid shows them: binary values as their size and a digest (the page downloads the bytes
     * themselves from {@code /api/blob}), everything else as {@link #rows} gives it.
     */
    static List<List<String>> gridRows(List<Object[]> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            List<String> r = new ArrayList<>(row.length);
            for (Object v : row) {
                r.add(v instanceof byte[] bytes ? Values.summary(bytes) : Values.text(v));
            }
            out.add(r);
        }
        return out;
    }

    /** The rows as lists of text, binary values in Base64 (exports). */
    static List<List<String>> rows(List<Object[]> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            List<String> r = new ArrayList<>(row.length);
            for (Object v : row) {
                r.add(Values.text(v));
            }
            out.add(r);
        }
        return out;
    }

    /** A table's schema: columns, primary key, indexes, foreign keys both ways, checks. */
    static Map<String, Object> schema(TableDef def, Catalog catalog) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("table", def.name());
        out.put("columns", columns(def));
        out.put("primaryKey", def.primaryKey());
        List<Map<String, Object>> indexes = new ArrayList<>();
        for (IndexDef i : def.indexes()) {
            indexes.add(Map.of("name", i.name(), "columns", i.columns(), "unique", i.unique(),
                    "constraint", i.constraint()));
        }
        out.put("indexes", indexes);
        List<Map<String, Object>> fks = new ArrayList<>();
        for (ForeignKeyDef fk : def.foreignKeys()) {
            fks.add(foreignKey(fk));
        }
        out.put("foreignKeys", fks);
        out.put("children", children(catalog, def.name()));
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckDef c : def.checks()) {
            checks.add(Map.of("name", c.name(), "expression", c.expression()));
        }
        out.put("checks", checks);
        CodeTypes.Typed typed = catalog.typed(def.name());
        out.put("code", Map.of("described", typed.described(), "notes", typed.notes()));
        return out;
    }

    private static List<Map<String, Object>> columns(TableDef def) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ColumnDef c : def.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("type", Values.describe(c.type()));
            m.put("input", Values.input(c.type()));
            if (c.type().kind() == SqlType.ENUM) {
                m.put("options", Values.constants(c.type()));
            }
            m.put("nullable", c.nullable());
            m.put("generated", c.generated());
            m.put("primaryKey", def.primaryKey().contains(c.name()));
            String dflt = c.defaultValue() != null ? c.defaultValue() : c.defaultExpression();
            m.put("default", dflt);
            for (ForeignKeyDef fk : def.foreignKeys()) {
                if (fk.columns().contains(c.name())) {
                    m.put("references", foreignKey(fk));
                    break;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> foreignKey(ForeignKeyDef fk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", fk.name());
        m.put("columns", fk.columns());
        m.put("table", fk.refTable());
        m.put("refColumns", fk.refColumns());
        m.put("onDelete", String.valueOf(fk.onDelete()));
        m.put("onUpdate", String.valueOf(fk.onUpdate()));
        return m;
    }

    private static List<Map<String, Object>> children(Catalog catalog, String table) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map.Entry<String, ForeignKeyDef> e : catalog.referencing(table)) {
            out.add(Map.of("table", e.getKey(), "columns", e.getValue().columns(),
                    "refColumns", e.getValue().refColumns()));
        }
        return out;
    }

    /** The names of {@code columns}. */
    static List<String> names(List<Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
