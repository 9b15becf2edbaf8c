package dev.quarry.processor;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Default;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Unique;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.MirroredTypeException;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a {@code @Table} record into a {@link TableModel}: names, types and constraints exactly as the
 * annotations say, with the documented defaults filled in. It reports nothing; {@link TableValidator} judges the
 * result.
 */
final class TableReader {
    private static final String NULLABLE = "Nullable";

    private TableReader() {
    }

    /** Reads {@code record}, which must be a record. */
    static TableModel read(TypeElement record) {
        String table = NamingRules.tableName(record);
        List<ColumnModel> columns = new ArrayList<>();
        List<IndexModel> indexes = new ArrayList<>();
        List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            ColumnModel column = column(component);
            columns.add(column);
            componentIndexes(table, column, indexes);
            References references = component.getAnnotation(References.class);
            if (references != null) {
                foreignKeys.add(foreignKey(table, column, references));
            }
        }
        recordIndexes(table, record, indexes);
        return new TableModel(record, TypeRef.of(record), NamingRules.className(record),
                NamingRules.constantName(record), table, isPublic(record), columns, indexes, foreignKeys);
    }

    private static ColumnModel column(RecordComponentElement component) {
        Id id = component.getAnnotation(Id.class);
        Default defaultValue = component.getAnnotation(Default.class);
        return new ColumnModel(component, component.getSimpleName().toString(), NamingRules.columnName(component),
                ColumnTypes.of(component.asType(), component.getAnnotation(Column.class)), nullableMark(component),
                defaultValue == null ? null : defaultValue.value(), id != null, id != null && id.generated());
    }

    /**
     * The {@code @Nullable} (any package) on the component or on its type. Declaration annotations are copied to
     * the accessor and type-use ones to its return type, so those are read too in case the component lacks them.
     */
    static AnnotationMirror nullableMark(RecordComponentElement component) {
        ExecutableElement accessor = component.getAccessor();
        List<List<? extends AnnotationMirror>> places = new ArrayList<>();
        places.add(component.getAnnotationMirrors());
        places.add(component.asType().getAnnotationMirrors());
        if (accessor != null) {
            places.add(accessor.getAnnotationMirrors());
            places.add(accessor.getReturnType().getAnnotationMirrors());
        }
        for (List<? extends AnnotationMirror> mirrors : places) {
            AnnotationMirror found = AnnotationLookup.findBySimpleName(mirrors, NULLABLE);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void componentIndexes(String table, ColumnModel column, List<IndexModel> out) {
        Element component = column.element();
        Unique unique = component.getAnnotation(Unique.class);
        if (unique != null) {
            String name = unique.name().isEmpty()
                    ? NamingRules.indexName(table, List.of(column.name()), true) : unique.name();
            out.add(new IndexModel(component, AnnotationLookup.find(component, Unique.class), name,
                    List.of(column.name()), true));
        }
        Index index = component.getAnnotation(Index.class);
        if (index != null) {
            String name = index.name().isEmpty()
                    ? NamingRules.indexName(table, List.of(column.name()), index.unique()) : index.name();
            out.add(new IndexModel(component, AnnotationLookup.find(component, Index.class), name,
                    List.of(column.name()), index.unique()));
        }
    }

    private static void recordIndexes(String table, TypeElement record, List<IndexModel> out) {
        Index[] indexes = record.getAnnotationsByType(Index.class);
        List<AnnotationMirror> mirrors = indexMirrors(record);
        for (int i = 0; i < indexes.length; i++) {
            Index index = indexes[i];
            List<String> columns = List.of(index.columns());
            String name = index.name().isEmpty() && !columns.isEmpty()
                    ? NamingRules.indexName(table, columns, index.unique()) : index.name();
            AnnotationMirror mirror = i < mirrors.size() ? mirrors.get(i) : null;
            out.add(new IndexModel(record, mirror, name, columns, index.unique()));
        }
    }

    /** The {@code @Index} mirrors on the record in declaration order, unwrapping the repeatable container. */
    private static List<AnnotationMirror> indexMirrors(TypeElement record) {
        AnnotationMirror single = AnnotationLookup.find(record, Index.class);
        if (single != null) {
            return List.of(single);
        }
        AnnotationMirror container = AnnotationLookup.find(record, Index.List.class);
        if (container == null) {
            return List.of();
        }
        List<AnnotationMirror> mirrors = new ArrayList<>();
        for (AnnotationValue v : container.getElementValues().values()) {
            if (v.getValue() instanceof List<?> values) {
                for (Object o : values) {
                    mirrors.add((AnnotationMirror) ((AnnotationValue) o).getValue());
                }
            }
        }
        return mirrors;
    }

    private static ForeignKeyModel foreignKey(String table, ColumnModel column, References references) {
        String name = references.name().isEmpty()
                ? NamingRules.foreignKeyName(table, column.name()) : references.name();
        return new ForeignKeyModel(column, AnnotationLookup.find(column.element(), References.class), name,
                ReferenceTarget.read(targetType(references)), references.column(), references.onDelete());
    }

    /**
     * The {@code Class} value of {@code @References}. Reading a {@code Class} member inside a processor throws
     * {@link MirroredTypeException}, because the class may not exist yet; the exception carries its mirror.
     */
    static TypeMirror targetType(References references) {
        try {
            references.value();
            throw new IllegalStateException("@References.value() returned a Class inside the compiler");
        } catch (MirroredTypeException e) {
            return e.getTypeMirror();
        }
    }

    /** Whether code outside the package can see the record: it and every type around it are public. */
    private static boolean isPublic(TypeElement record) {
        for (Element e = record; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }
}
