package dev.quarry.processor;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.DefaultValue;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;

/**
 * Builds the {@link TableDef} a model describes, at compile time, with the same code that runs when the generated
 * class is loaded. Whatever rule of {@code TableDef} the validator does not check itself becomes a compile error
 * here instead of an {@code ExceptionInInitializerError} at run time.
 */
final class DefinitionCheck {
    private final Problems problems;

    DefinitionCheck(Problems problems) {
        this.problems = problems;
    }

    /** Reports an error at the record if its definition would not build. */
    void check(TableModel model) {
        try {
            TableDef.Builder b = TableDef.builder(model.tableName());
            for (ColumnModel c : model.columns()) {
                DataType<?> type = dataType(c.type());
                checkDefault(model, c, type);
                b.column(new ColumnDef(c.name(), type, c.nullable(), c.defaultValue(), c.generated()));
            }
            b.primaryKey(model.primaryKey().toArray(String[]::new));
            for (IndexModel i : model.indexes()) {
                if (i.unique()) {
                    b.unique(i.name(), i.columns().toArray(String[]::new));
                } else {
                    b.index(i.name(), i.columns().toArray(String[]::new));
                }
            }
            for (ForeignKeyModel f : model.foreignKeys()) {
                b.foreignKey(f.name(), List.of(f.column().name()), f.target().tableName(),
                        List.of(f.resolvedRefColumn()), f.onDelete());
            }
            b.build();
        } catch (IllegalArgumentException e) {
            problems.error(model.element(), "Quarry cannot build table '" + model.tableName() + "': "
                    + e.getMessage());
        }
    }

    /**
     * Reports a {@code @Default} that is not a value of its column's type (the database would refuse the DDL, or
     * worse, take it as something else), with the reason {@link DefaultValue} gives. The enum class is not loadable
     * inside the compiler, so an enum default is checked against the constants the compiler sees.
     */
    private void checkDefault(TableModel model, ColumnModel c, DataType<?> type) {
        if (c.defaultValue() == null) {
            return;
        }
        String why = null;
        if (type.kind() == SqlType.ENUM) {
            List<String> constants = enumConstants(c);
            if (!constants.isEmpty() && !constants.contains(c.defaultValue())) {
                why = "no such constant of " + c.element().asType() + " (it has " + String.join(", ", constants) + ")";
            }
        } else {
            try {
                DefaultValue.parse(type, c.defaultValue());
            } catch (IllegalArgumentException e) {
                why = e.getMessage();
            }
        }
        if (why != null) {
            problems.error(c.element(), "@Default(\"" + c.defaultValue() + "\") of '" + model.tableName() + "."
                    + c.name() + "' is not a valid " + type.kind() + (type.kind() == SqlType.ENUM ? "" : sized(type))
                    + ": " + why);
        }
    }

    /** {@code (n)} or {@code (p, s)} as DataType prints its sizes, or nothing. */
    private static String sized(DataType<?> type) {
        String printed = type.toString();
        return printed.startsWith(type.kind().name()) ? printed.substring(type.kind().name().length()) : "";
    }

    /** The names of the enum constants of the component's type, as the compiler sees them. */
    private static List<String> enumConstants(ColumnModel c) {
        if (!(c.element().asType() instanceof DeclaredType declared)) {
            return List.of();
        }
        return declared.asElement().getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }

    /**
     * A data type with the kind and sizes of {@code type}. The Java class of an enum is not loadable inside the
     * compiler, so a stand-in enum takes its place: the checks here look at kinds and sizes only.
     *
     * @throws IllegalArgumentException if the sizes are invalid
     */
    static DataType<?> dataType(ColumnType type) {
        if (type.kind() == SqlType.ENUM) {
            return DataType.enumOf(SqlType.class);
        }
        return new DataType<>(type.kind(), Object.class, type.length(), type.precision(), type.scale());
    }
}
