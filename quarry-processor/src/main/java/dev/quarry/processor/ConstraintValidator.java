package dev.quarry.processor;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.SqlType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the indexes, unique constraints and foreign keys of one {@link TableModel}: their names, the columns
 * they name, and that each {@code @References} target is a table with a column to point at.
 */
final class ConstraintValidator {
    private final Problems problems;
    private final TableModel model;

    ConstraintValidator(Problems problems, TableModel model) {
        this.problems = problems;
        this.model = model;
    }

    void check() {
        Set<String> names = new HashSet<>();
        for (IndexModel index : model.indexes()) {
            checkIndex(index, names);
        }
        for (ForeignKeyModel fk : model.foreignKeys()) {
            checkForeignKey(fk, names);
        }
    }

    private void checkIndex(IndexModel index, Set<String> names) {
        String fix = isUnique(index) ? "@Unique(name = \"...\")" : "@Index(name = \"...\")";
        if (index.columns().isEmpty()) {
            problems.error(index.element(), index.annotation(), "@Index on record "
                    + model.element().getSimpleName() + " needs columns = {\"...\"}, the database names of the "
                    + "indexed columns of table '" + model.tableName() + "'");
            return;
        }
        for (String column : index.columns()) {
            if (!model.columnNames().contains(column)) {
                problems.error(index.element(), index.annotation(), "@Index names column '" + column
                        + "', which table '" + model.tableName() + "' does not have; @Index.columns takes database "
                        + "column names: " + String.join(", ", model.columnNames()));
            }
        }
        checkName(index.element(), index.name(), "index", fix, names);
    }

    private static boolean isUnique(IndexModel index) {
        return index.annotation() != null
                && index.annotation().getAnnotationType().asElement().getSimpleName().contentEquals("Unique");
    }

    private void checkForeignKey(ForeignKeyModel fk, Set<String> names) {
        Element component = fk.column().element();
        ReferenceTarget target = fk.target();
        String annotation = "@References(" + simpleName(target.type()) + ".class)";
        if (!target.isTable()) {
            problems.error(component, fk.annotation(), annotation + " on '" + fk.column().field() + "' points at "
                    + target.type() + ", which is not a @Table record; point it at a record annotated with "
                    + "@dev.quarry.annotation.Table");
            return;
        }
        if (!fk.refColumn().isEmpty() && !target.columns().contains(fk.refColumn())) {
            problems.error(component, fk.annotation(), annotation + " on '" + fk.column().field()
                    + "' names column '" + fk.refColumn() + "', which table '" + target.tableName()
                    + "' does not have; its columns are: " + String.join(", ", target.columns()));
        } else if (fk.refColumn().isEmpty()) {
            checkTargetKey(fk, annotation);
        }
        checkSameType(fk, annotation);
        if (fk.onDelete() == ReferentialAction.SET_NULL && !fk.column().nullable()) {
            problems.error(component, fk.annotation(), "@References(onDelete = SET_NULL) on '"
                    + fk.column().field() + "' needs a nullable column; mark the component @Nullable, or choose "
                    + "another onDelete");
        }
        checkName(component, fk.name(), "foreign key", "@References(name = \"...\")", names);
    }

    private void checkTargetKey(ForeignKeyModel fk, String annotation) {
        List<String> key = fk.target().primaryKey();
        String on = annotation + " on '" + fk.column().field() + "'";
        if (key.isEmpty()) {
            problems.error(fk.column().element(), fk.annotation(), on + " has no column to point at: table '"
                    + fk.target().tableName() + "' has no primary key; give " + simpleName(fk.target().type())
                    + " an @Id component, or name a unique column with column = \"...\"");
        } else if (key.size() > 1) {
            problems.error(fk.column().element(), fk.annotation(), on + " cannot choose a column: table '"
                    + fk.target().tableName() + "' has the composite primary key (" + String.join(", ", key)
                    + "); name the referenced column with @References(value = " + simpleName(fk.target().type())
                    + ".class, column = \"...\")");
        }
    }

    /**
     * Checks that the pointing column is stored as the referenced one: MariaDB refuses a foreign key between an INT
     * and a BIGINT or between decimals of different precision ("Foreign key constraint is incorrectly formed"),
     * and PostgreSQL refuses text pointing at an integer, so the mismatch is reported here, on the component,
     * instead of at table creation on some databases only. Lengths of text may differ.
     */
    private void checkSameType(ForeignKeyModel fk, String annotation) {
        String refColumn = fk.resolvedRefColumn();
        TypeMirror refJavaType = refColumn == null ? null : fk.target().javaTypeOf(refColumn);
        ColumnType own = fk.column().type();
        if (refJavaType == null || own == null) {
            return; // reported elsewhere: no such column, or a type Quarry cannot map
        }
        ColumnType ref = fk.target().typeOf(refColumn);
        if (ref == null) {
            return; // the target reports its own unsupported type
        }
        boolean same = own.kind() == ref.kind()
                && (own.kind() != SqlType.ENUM || own.boxed().equals(ref.boxed()))
                && (own.kind() != SqlType.DECIMAL || own.precision() == ref.precision() && own.scale() == ref.scale());
        if (!same) {
            problems.error(fk.column().element(), fk.annotation(), annotation + " on '" + fk.column().field()
                    + "' is a " + typeText(fk.column().element().asType(), own) + " column pointing at '"
                    + fk.target().tableName() + "." + refColumn + "', a " + typeText(refJavaType, ref)
                    + " column; a foreign key must have the type of the column it references");
        }
    }

    private static String typeText(TypeMirror javaType, ColumnType type) {
        String text = ColumnTypes.describe(javaType);
        return type.kind() == SqlType.DECIMAL ? text + "(" + type.precision() + ", " + type.scale() + ")" : text;
    }

    /**
     * Checks a constraint's name. Names must be unique per table here; SQLite and PostgreSQL even need index
     * names unique per schema, which only the whole schema can check.
     */
    private void checkName(Element element, String name, String what, String fix, Set<String> names) {
        TableValidator.checkIdentifier(problems, element, what, name, fix);
        if (!names.add(name)) {
            problems.error(element, "table '" + model.tableName() + "' has two constraints named '" + name
                    + "'; give one of them another name with " + fix);
        }
    }

    private static String simpleName(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? ((DeclaredType) type).asElement().getSimpleName().toString() : type.toString();
    }
}
