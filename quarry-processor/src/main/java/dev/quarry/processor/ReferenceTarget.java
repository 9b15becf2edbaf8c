package dev.quarry.processor;

import dev.quarry.annotation.Id;
import dev.quarry.annotation.Table;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The record a {@code @References} points at, read from its own annotations. Works the same whether the target
 * is compiled in this round or read from a class file, because both reach us as elements.
 *
 * @param type       the referenced type as written
 * @param isTable    whether it is a record annotated with {@code @Table}
 * @param tableName  its table's name, or null when it is not a table
 * @param primaryKey its {@code @Id} column names in component order
 * @param columns    all its column names
 */
record ReferenceTarget(TypeMirror type, boolean isTable, String tableName, List<String> primaryKey,
                       List<String> columns) {

    ReferenceTarget {
        primaryKey = List.copyOf(primaryKey);
        columns = List.copyOf(columns);
    }

    /** Reads the target {@code type}. */
    static ReferenceTarget read(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return notATable(type);
        }
        TypeElement target = (TypeElement) ((DeclaredType) type).asElement();
        if (target.getKind() != ElementKind.RECORD || target.getAnnotation(Table.class) == null) {
            return notATable(type);
        }
        List<String> key = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (RecordComponentElement c : target.getRecordComponents()) {
            String name = NamingRules.columnName(c);
            columns.add(name);
            if (c.getAnnotation(Id.class) != null) {
                key.add(name);
            }
        }
        return new ReferenceTarget(type, true, NamingRules.tableName(target), key, columns);
    }

    private static ReferenceTarget notATable(TypeMirror type) {
        return new ReferenceTarget(type, false, null, List.of(), List.of());
    }
}
