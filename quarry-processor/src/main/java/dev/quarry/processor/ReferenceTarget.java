package dev.quarry.processor;

import dev.quarry.annotation.Column;
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
 * @param columns         all its column names
 * @param columnJavaTypes the Java type of each column's component, in the same order
 * @param columnTypes     how each column is stored, in the same order (null for a type Quarry cannot map)
 */
record ReferenceTarget(TypeMirror type, boolean isTable, String tableName, List<String> primaryKey,
                       List<String> columns, List<TypeMirror> columnJavaTypes, List<ColumnType> columnTypes) {

    ReferenceTarget {
        primaryKey = List.copyOf(primaryKey);
        columns = List.copyOf(columns);
        columnJavaTypes = List.copyOf(columnJavaTypes);
        columnTypes = new ArrayList<>(columnTypes); // holds null for a type Quarry cannot map
    }

    /** How the target stores column {@code name}, or null if it has no such column or cannot map its type. */
    ColumnType typeOf(String name) {
        int at = columns.indexOf(name);
        return at < 0 ? null : columnTypes.get(at);
    }

    /** The Java type of the target's component for column {@code name}, or null if it has no such column. */
    TypeMirror javaTypeOf(String name) {
        int at = columns.indexOf(name);
        return at < 0 ? null : columnJavaTypes.get(at);
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
        List<TypeMirror> javaTypes = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (RecordComponentElement c : target.getRecordComponents()) {
            String name = NamingRules.columnName(c);
            columns.add(name);
            javaTypes.add(c.asType());
            types.add(ColumnTypes.of(c.asType(), c.getAnnotation(Column.class)));
            if (c.getAnnotation(Id.class) != null) {
                key.add(name);
            }
        }
        return new ReferenceTarget(type, true, NamingRules.tableName(target), key, columns, javaTypes, types);
    }

    private static ReferenceTarget notATable(TypeMirror type) {
        return new ReferenceTarget(type, false, null, List.of(), List.of(), List.of(), List.of());
    }
}
