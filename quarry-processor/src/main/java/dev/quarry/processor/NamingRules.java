package dev.quarry.processor;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Table;
import dev.quarry.schema.Identifiers;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * The naming rules of {@link Table} and {@link Column}, in one place so that a record and the records that
 * reference it derive the same names.
 */
final class NamingRules {
    private NamingRules() {
    }

    /** {@code @Table.value}, or the record's simple name in snake_case. */
    static String tableName(TypeElement record) {
        Table table = record.getAnnotation(Table.class);
        String given = table == null ? "" : table.value();
        return given.isEmpty() ? Identifiers.snakeCase(record.getSimpleName().toString()) : given;
    }

    /** {@code @Column.name}, or the component's name in snake_case. */
    static String columnName(RecordComponentElement component) {
        Column column = component.getAnnotation(Column.class);
        String given = column == null ? "" : column.name();
        return given.isEmpty() ? Identifiers.snakeCase(component.getSimpleName().toString()) : given;
    }

    /** The generated singleton's name: {@code InvoiceLine} becomes {@code INVOICE_LINE}. */
    static String constantName(TypeElement record) {
        // Locale.ROOT: under tr-TR, "i".toUpperCase() is a dotted capital I, which is not the name we mean.
        return Identifiers.snakeCase(record.getSimpleName().toString()).toUpperCase(Locale.ROOT);
    }

    /**
     * The generated class's simple name: {@code AlbumTable}; for a record nested in {@code Outer},
     * {@code Outer_AlbumTable}, so that two nested records of the same name in one package do not collide.
     */
    static String className(TypeElement record) {
        StringBuilder name = new StringBuilder(record.getSimpleName()).append("Table");
        Element e = record.getEnclosingElement();
        while (e.getKind() != ElementKind.PACKAGE) {
            name.insert(0, e.getSimpleName() + "_");
            e = e.getEnclosingElement();
        }
        return name.toString();
    }

    /** The default name of a unique constraint or an index over {@code columns}. */
    static String indexName(String table, Iterable<String> columns, boolean unique) {
        return table + "_" + String.join("_", columns) + (unique ? "_key" : "_idx");
    }

    /** The default name of a foreign key on {@code column}. */
    static String foreignKeyName(String table, String column) {
        return table + "_" + column + "_fkey";
    }
}
