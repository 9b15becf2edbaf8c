package dev.quarry.migrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema snapshot stored beside the migration files ({@code schema.json}), as JSON: the declared tables after
 * the newest migration, so that the next migration is generated without a database. The format is Quarry's own and
 * versioned ({@code "format": 1}); written sorted and indented, so a change shows in a code review as the schema
 * change it is. An enum column keeps its class's name; where that class is not on the class path when the file is
 * read, the column is still an enum (its values are text in every database). Internal; stateless.
 */
final class SnapshotJson {
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** An enum standing in for an enum class that is no longer on the class path. */
    enum UnknownEnum { }

    private SnapshotJson() {
    }

    static String write(SchemaSnapshot snapshot) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode tables = root.putArray("tables");
        for (TableDef t : snapshot.tables()) {
            ObjectNode table = tables.addObject();
            table.put("name", t.name());
            ArrayNode columns = table.putArray("columns");
            for (ColumnDef c : t.columns()) {
                ObjectNode column = columns.addObject();
                column.put("name", c.name());
                type(c.type(), column);
                column.put("nullable", c.nullable());
                if (c.generated()) {
                    column.put("generated", true);
                }
                if (c.defaultValue() != null) {
                    column.put("default", c.defaultValue());
                }
                if (c.defaultExpression() != null) {
                    column.put("defaultExpression", c.defaultExpression());
                }
            }
            strings(table.putArray("primaryKey"), t.primaryKey());
            ArrayNode indexes = table.putArray("indexes");
            for (IndexDef i : t.indexes()) {
                ObjectNode index = indexes.addObject();
                index.put("name", i.name());
                strings(index.putArray("columns"), i.columns());
                index.put("kind", i.constraint() ? "uniqueConstraint" : i.unique() ? "uniqueIndex" : "index");
            }
            ArrayNode fks = table.putArray("foreignKeys");
            for (ForeignKeyDef f : t.foreignKeys()) {
                ObjectNode fk = fks.addObject();
                fk.put("name", f.name());
                strings(fk.putArray("columns"), f.columns());
                fk.put("references", f.refTable());
                strings(fk.putArray("referencedColumns"), f.refColumns());
                fk.put("onDelete", f.onDelete().name());
                fk.put("onUpdate", f.onUpdate().name());
            }
            ArrayNode checks = table.putArray("checks");
            for (CheckDef c : t.checks()) {
                checks.addObject().put("name", c.name()).put("expression", c.expression());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /**
     * The snapshot {@code text} holds.
     *
     * @throws IllegalArgumentException if it is not a snapshot of a format this version reads (the message says
     *                                  what is wrong)
     */
    static SchemaSnapshot read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("not a Quarry schema snapshot of format " + FORMAT);
        }
        List<TableDef> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            String name = text(t, "name");
            List<ColumnDef> columns = new ArrayList<>();
            for (JsonNode c : t.path("columns")) {
                columns.add(new ColumnDef(text(c, "name"), type(c), c.path("nullable").asBoolean(),
                        c.hasNonNull("default") ? c.get("default").asText() : null, c.path("generated").asBoolean(),
                        c.hasNonNull("defaultExpression") ? c.get("defaultExpression").asText() : null));
            }
            List<IndexDef> indexes = new ArrayList<>();
            for (JsonNode i : t.path("indexes")) {
                String kind = text(i, "kind");
                indexes.add(new IndexDef(text(i, "name"), strings(i.path("columns")), !kind.equals("index"),
                        kind.equals("uniqueConstraint")));
            }
            List<ForeignKeyDef> fks = new ArrayList<>();
            for (JsonNode f : t.path("foreignKeys")) {
                fks.add(new ForeignKeyDef(text(f, "name"), strings(f.path("columns")), text(f, "references"),
                        strings(f.path("referencedColumns")), ReferentialAction.valueOf(text(f, "onDelete")),
                        ReferentialAction.valueOf(text(f, "onUpdate"))));
            }
            List<CheckDef> checks = new ArrayList<>();
            for (JsonNode c : t.path("checks")) {
                checks.add(new CheckDef(text(c, "name"), text(c, "expression")));
            }
            tables.add(new TableDef(name, columns, strings(t.path("primaryKey")), indexes, fks, checks));
        }
        return SchemaSnapshot.of(tables);
    }

    private static void type(DataType<?> type, ObjectNode out) {
        out.put("type", type.kind().name());
        switch (type.kind()) {
            case STRING -> {
                if (type.length() > 0) {
                    out.put("length", type.length());
                }
            }
            case DECIMAL -> out.put("precision", type.precision()).put("scale", type.scale());
            case ENUM -> out.put("enumClass", type.javaType().getName());
            case NATIVE -> out.put("nativeType", type.nativeType());
            default -> {
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static DataType<?> type(JsonNode c) {
        SqlType kind = SqlType.valueOf(text(c, "type"));
        return switch (kind) {
            case STRING -> c.has("length") ? DataType.string(c.get("length").asInt()) : DataType.STRING;
            case DECIMAL -> DataType.decimal(c.path("precision").asInt(), c.path("scale").asInt());
            case ENUM -> DataType.enumOf((Class) enumClass(text(c, "enumClass")));
            case NATIVE -> DataType.ofNative(text(c, "nativeType"));
            default -> DataType.forClass(portableClass(kind));
        };
    }

    private static Class<?> enumClass(String name) {
        try {
            Class<?> type = Class.forName(name, false, SnapshotJson.class.getClassLoader());
            return type.isEnum() ? type : UnknownEnum.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return UnknownEnum.class;
        }
    }

    private static Class<?> portableClass(SqlType kind) {
        return switch (kind) {
            case BOOLEAN -> Boolean.class;
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case BYTES -> byte[].class;
            case UUID -> java.util.UUID.class;
            case JSON -> dev.quarry.schema.Json.class;
            case INSTANT -> java.time.Instant.class;
            case LOCAL_DATE -> java.time.LocalDate.class;
            case LOCAL_DATE_TIME -> java.time.LocalDateTime.class;
            case LOCAL_TIME -> java.time.LocalTime.class;
            case OFFSET_DATE_TIME -> java.time.OffsetDateTime.class;
            default -> throw new IllegalArgumentException("no portable class for " + kind);
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("a snapshot entry lacks its text field '" + field + "': " + node);
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void strings(ArrayNode out, List<String> values) {
        values.forEach(out::add);
    }
}
