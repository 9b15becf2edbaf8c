package dev.quarry.cli;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes tables read from a database as {@code @Table} records, one source file each: a start for a user with an
 * existing database. What the annotations cannot say (a foreign key over several columns, a check, an {@code ON
 * UPDATE} action, a default expression, a native type) is listed in the record's comment, so nothing is dropped
 * silently.
 */
final class RecordSourceWriter {
    /** Simple names the generated file imports or that {@code java.lang} holds: a record may not take them. */
    private static final Set<String> TAKEN = Set.of("Table", "Id", "Column", "Unique", "Index", "References",
            "Default", "Nullable", "ReferentialAction", "Json", "BigDecimal", "UUID", "Instant", "LocalDate",
            "LocalDateTime", "LocalTime", "OffsetDateTime", "String", "Object", "Record", "Override", "Class");

    private final String packageName;
    private final Map<String, String> recordNames = new LinkedHashMap<>();

    RecordSourceWriter(List<TableDef> tables, String packageName) {
        this.packageName = packageName;
        Set<String> used = new HashSet<>();
        for (TableDef t : tables) {
            String name = JavaNames.typeName(t.name());
            if (TAKEN.contains(name)) {
                name += "Row";
            }
            String unique = name;
            for (int i = 2; !used.add(unique); i++) {
                unique = name + i;
            }
            recordNames.put(t.name(), unique);
        }
    }

    /** The record's simple name for {@code table}. */
    String recordName(String table) {
        return recordNames.get(table);
    }

    /** The source of {@code table}'s record. */
    String write(TableDef read) {
        TableDef table = QuarryChecks.declaredTypes(read);
        Set<String> imports = new TreeSet<>();
        imports.add("dev.quarry.annotation.Table");
        List<String> notes = new ArrayList<>();
        List<String> recordAnnotations = new ArrayList<>();
        Map<String, List<String>> columnAnnotations = new LinkedHashMap<>();
        table.columns().forEach(c -> columnAnnotations.put(c.name(), new ArrayList<>()));

        boolean keyInOrder = table.primaryKey().equals(table.columns().stream().map(ColumnDef::name)
                .filter(table.primaryKey()::contains).toList());
        if (!keyInOrder) {
            notes.add("the primary key's order " + table.primaryKey() + " differs from the columns' order: the"
                    + " annotations take the columns' order");
        }
        for (IndexDef i : table.indexes()) {
            if (i.columns().size() == 1 && i.unique() && i.constraint()) {
                imports.add("dev.quarry.annotation.Unique");
                columnAnnotations.get(i.columns().get(0)).add("@Unique(name = " + literal(i.name()) + ")");
            } else if (i.columns().size() == 1) {
                imports.add("dev.quarry.annotation.Index");
                columnAnnotations.get(i.columns().get(0)).add("@Index(name = " + literal(i.name())
                        + (i.unique() ? ", unique = true" : "") + ")");
            } else {
                imports.add("dev.quarry.annotation.Index");
                recordAnnotations.add("@Index(name = " + literal(i.name()) + ", columns = {"
                        + String.join(", ", i.columns().stream().map(RecordSourceWriter::literal).toList()) + "}"
                        + (i.unique() ? ", unique = true" : "") + ")");
            }
            if (i.unique() && !i.constraint()) {
                notes.add("'" + i.name() + "' is a unique index; the annotations declare a unique constraint");
            }
        }
        for (ForeignKeyDef f : table.foreignKeys()) {
            String target = recordNames.get(f.refTable());
            if (f.columns().size() != 1 || target == null) {
                notes.add("foreign key '" + f.name() + "' " + f.columns() + " -> " + f.refTable() + f.refColumns()
                        + (target == null ? " (a table not read)" : " (several columns)"));
                continue;
            }
            imports.add("dev.quarry.annotation.References");
            StringBuilder r = new StringBuilder("@References(value = " + target + ".class");
            r.append(", column = ").append(literal(f.refColumns().get(0)));
            r.append(", name = ").append(literal(f.name()));
            if (f.onDelete() != ReferentialAction.NO_ACTION) {
                imports.add("dev.quarry.annotation.ReferentialAction");
                r.append(", onDelete = ReferentialAction.").append(f.onDelete().name());
            }
            columnAnnotations.get(f.columns().get(0)).add(r.append(")").toString());
            if (f.onUpdate() != ReferentialAction.NO_ACTION) {
                notes.add("foreign key '" + f.name() + "' has ON UPDATE " + f.onUpdate());
            }
        }
        for (CheckDef c : table.checks()) {
            if (!c.name().startsWith("quarry_fits_")) { // Quarry writes these itself for the column's type
                notes.add("check '" + c.name() + "': " + c.expression());
            }
        }
        List<String> components = new ArrayList<>();
        Set<String> componentNames = new HashSet<>();
        for (ColumnDef c : table.columns()) {
            components.add(component(table, c, columnAnnotations.get(c.name()), imports, notes, componentNames));
        }
        return source(table, imports, notes, recordAnnotations, components);
    }

    private String component(TableDef table, ColumnDef c, List<String> annotations, Set<String> imports,
                             List<String> notes, Set<String> used) {
        List<String> a = new ArrayList<>();
        boolean key = table.primaryKey().contains(c.name());
        if (key) {
            imports.add("dev.quarry.annotation.Id");
            a.add(c.generated() ? "@Id(generated = true)" : "@Id");
        }
        String name = JavaNames.componentName(c.name());
        String unique = name;
        for (int i = 2; !used.add(unique); i++) {
            unique = name + i;
        }
        name = unique;
        JavaType type = JavaType.of(c.type(), c.nullable() && !key);
        type.imports().forEach(imports::add);
        List<String> column = new ArrayList<>();
        if (!dev.quarry.schema.Identifiers.snakeCase(name).equals(c.name())) {
            column.add("name = " + literal(c.name()));
        }
        column.addAll(type.columnAttributes());
        if (!column.isEmpty()) {
            imports.add("dev.quarry.annotation.Column");
            a.add("@Column(" + String.join(", ", column) + ")");
        }
        if (c.nullable() && !key) {
            imports.add("dev.quarry.annotation.Nullable");
            a.add("@Nullable");
        }
        if (c.defaultValue() != null) {
            imports.add("dev.quarry.annotation.Default");
            a.add(c.defaultValue().equals(dev.quarry.annotation.Default.NOW) ? "@Default(Default.NOW)"
                    : "@Default(" + literal(c.defaultValue()) + ")");
        } else if (c.defaultExpression() != null) {
            notes.add("column '" + c.name() + "' defaults to the expression " + c.defaultExpression());
        }
        if (type.note() != null) {
            notes.add("column '" + c.name() + "' " + type.note());
        }
        a.addAll(annotations);
        return (a.isEmpty() ? "" : String.join(" ", a) + " ") + type.name() + " " + name;
    }

    private String source(TableDef table, Set<String> imports, List<String> notes, List<String> recordAnnotations,
                          List<String> components) {
        StringBuilder b = new StringBuilder();
        if (!packageName.isEmpty()) {
            b.append("package ").append(packageName).append(";\n\n");
        }
        imports.forEach(i -> b.append("import ").append(i).append(";\n"));
        b.append("\n/**\n * Table {@code ").append(javadoc(table.name())).append("} as read from the database by"
                + " {@code quarry introspect}: a start, to edit as the code's own.\n");
        if (!notes.isEmpty()) {
            b.append(" *\n * <p>Not said by the annotations (add it in a migration of your own, or drop it):\n * <ul>\n");
            notes.forEach(n -> b.append(" *   <li>").append(javadoc(n)).append("</li>\n"));
            b.append(" * </ul>\n");
        }
        b.append(" */\n@Table(").append(literal(table.name())).append(")\n");
        recordAnnotations.forEach(a -> b.append(a).append('\n'));
        b.append("public record ").append(recordNames.get(table.name())).append("(\n");
        for (int i = 0; i < components.size(); i++) {
            b.append("        ").append(components.get(i)).append(i + 1 < components.size() ? ",\n" : ") {\n");
        }
        return b.append("}\n").toString();
    }

    /** {@code s} as a Java string literal. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** {@code s} safe inside a Javadoc comment. */
    private static String javadoc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
