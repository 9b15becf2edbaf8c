package dev.quarry.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the source writer needs to generate one {@code <Record>Table} class, read from a {@code @Table}
 * record. The validator checks it before anything is written.
 *
 * @param element      the record
 * @param record       the record's type
 * @param className    the generated class's simple name ({@code AlbumTable})
 * @param constantName the generated singleton's name ({@code ALBUM})
 * @param tableName    the table's name in the database
 * @param isPublic     whether the record is visible outside its package, and so the generated class
 * @param columns      the columns in component order
 * @param indexes      unique constraints and indexes, component ones first, then the record's
 * @param foreignKeys  the foreign keys in component order
 */
record TableModel(TypeElement element, TypeRef record, String className, String constantName, String tableName,
                  boolean isPublic, List<ColumnModel> columns, List<IndexModel> indexes,
                  List<ForeignKeyModel> foreignKeys) {

    TableModel {
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The primary key's column names, in component order. */
    List<String> primaryKey() {
        return columns.stream().filter(ColumnModel::key).map(ColumnModel::name).toList();
    }

    /** The column names, in component order. */
    List<String> columnNames() {
        return columns.stream().map(ColumnModel::name).toList();
    }

    /** The generated class's fully qualified name. */
    String qualifiedClassName() {
        return record.packageName().isEmpty() ? className : record.packageName() + "." + className;
    }
}
