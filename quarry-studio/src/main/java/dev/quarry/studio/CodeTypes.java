package dev.quarry.studio;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The code's table definitions ({@link StudioOptions#tables}) laid over what introspection reads: introspection
 * loses types (on SQLite a decimal is {@code NUMERIC} without its scale, a date and an enum are text), the code
 * does not. A column takes the code's type only where the database stores the code's type as the column it has:
 * the code's table is first normalised for the database ({@link Introspector#normalise}, what a table created from
 * it reads back as), and its column's type must be the live column's. Anything else (a column the code does not
 * describe, one whose type drifted, one the database lacks) keeps introspection's type, with a note the schema
 * view shows. Nullability, defaults and keys always come from the database: it is what enforces them. Immutable.
 */
final class CodeTypes {
    /**
     * A live table as the Studio types it.
     *
     * @param def       the live table, with the code's type on each column that matches
     * @param described whether the code has a table of this name
     * @param notes     where the code and the database differ, one line each
     */
    record Typed(TableDef def, boolean described, List<String> notes) {
    }

    private final Map<String, TableDef> byName = new LinkedHashMap<>();

    CodeTypes(List<TableDef> tables) {
        tables.forEach(t -> byName.put(t.name(), t));
    }

    /** {@code live} typed by the code's table of the same name, or as it is when the code has none. */
    Typed apply(Introspector introspector, TableDef live) {
        TableDef code = byName.get(live.name());
        if (code == null) {
            return new Typed(live, false, List.of());
        }
        TableDef stored;
        try {
            stored = introspector.normalise(code);
        } catch (IllegalArgumentException e) {
            return new Typed(live, true, List.of("the code's definition does not fit this database ("
                    + e.getMessage() + "): every column is typed as the database reads it"));
        }
        List<String> notes = new ArrayList<>();
        List<ColumnDef> columns = new ArrayList<>();
        for (ColumnDef c : live.columns()) {
            int i = code.indexOf(c.name());
            if (i < 0) {
                notes.add("column '" + c.name() + "' is not in the code: typed as the database reads it");
                columns.add(c);
                continue;
            }
            DataType<?> declared = code.columns().get(i).type();
            DataType<?> expected = stored.column(c.name()).type();
            if (sameType(expected, c.type())) {
                columns.add(new ColumnDef(c.name(), declared, c.nullable(), c.defaultValue(), c.generated(),
                        c.defaultExpression()));
            } else {
                String says = declared.equals(expected) ? declared.toString()
                        : declared + " (stored here as " + Values.describe(expected) + ")";
                notes.add("column '" + c.name() + "' is " + Values.describe(c.type()) + " in the database, the code"
                        + " says " + says + ": typed as the database reads it");
                columns.add(c);
            }
        }
        for (ColumnDef c : code.columns()) {
            if (live.indexOf(c.name()) < 0) {
                notes.add("column '" + c.name() + "' of the code is not in the database");
            }
        }
        TableDef typed = new TableDef(live.name(), columns, live.primaryKey(), live.indexes(), live.foreignKeys(),
                live.checks());
        return new Typed(typed, true, List.copyOf(notes));
    }

    /** The code's tables that {@code liveNames} does not hold, sorted. */
    List<String> missingFrom(Set<String> liveNames) {
        return byName.keySet().stream().filter(n -> !liveNames.contains(n)).sorted().toList();
    }

    /** As migrations compare types: a native type's name in any case (databases print it as they like). */
    private static boolean sameType(DataType<?> expected, DataType<?> live) {
        if (expected.kind() == SqlType.NATIVE && live.kind() == SqlType.NATIVE) {
            return expected.nativeType().equalsIgnoreCase(live.nativeType());
        }
        return expected.equals(live);
    }
}
