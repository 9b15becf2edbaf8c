package dev.quarry.migrate;

import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Whether two definitions of a table describe the same table, and how they differ if not: the one place that
 * decides what counts as a difference (the diff of the next steps is built on it). A declared table is first
 * normalised for its database ({@link Introspector#normalise}: the types, defaults and unique indexes each database
 * changes, listed in docs/migrations.md); then everything counts except:
 * <ul>
 *   <li>the order of indexes, foreign keys and checks (they are matched by name);</li>
 *   <li>in check expressions and default expressions, identifier quotes, letter case outside string literals,
 *       whitespace, and parentheses around the whole expression (PostgreSQL prints {@code (balance >= 0)}, MariaDB
 *       {@code `balance` >= 0});</li>
 *   <li>the letter case of native type names;</li>
 *   <li>the order of columns: only MariaDB can place a column, so a column a migration added comes last.</li>
 * </ul>
 * Column names, types, nullability, default values, generated keys, the primary key's columns and their
 * order, index and constraint columns, uniqueness, referenced tables and columns and both referential actions all
 * count. Stateless.
 */
public final class SchemaComparison {
    private SchemaComparison() {
    }

    /**
     * How {@code declared}, as its database would read it back (see {@link Introspector#normalise}), differs from
     * {@code live}, as {@code introspector} read it: one line per difference, empty when the tables are the same.
     *
     * @throws IllegalArgumentException if a default of {@code declared} is invalid for its column
     */
    public static List<String> differences(Introspector introspector, TableDef declared, TableDef live) {
        return differences(introspector.normalise(declared), live);
    }

    /**
     * How {@code expected} differs from {@code actual}, both already in the form their database reports: one line
     * per difference, naming the table and the part, empty when they are the same.
     */
    public static List<String> differences(TableDef expected, TableDef actual) {
        List<String> out = new ArrayList<>();
        String t = "table '" + expected.name() + "'";
        if (!expected.name().equals(actual.name())) {
            out.add(t + ": named '" + actual.name() + "'");
        }
        columns(t, expected.columns(), actual.columns(), out);
        if (!expected.primaryKey().equals(actual.primaryKey())) {
            out.add(t + ": primary key " + expected.primaryKey() + " expected, found " + actual.primaryKey());
        }
        byName(t, "index", expected.indexes(), actual.indexes(), IndexDef::name, SchemaComparison::describe, out);
        byName(t, "foreign key", expected.foreignKeys(), actual.foreignKeys(), ForeignKeyDef::name,
                SchemaComparison::describe, out);
        byName(t, "check", expected.checks(), actual.checks(), CheckDef::name,
                c -> "CHECK (" + SqlText.canonical(c.expression()) + ")", out);
        return out;
    }

    /** Whether {@code expected} and {@code actual} are the same table: {@link #differences} is empty. */
    public static boolean same(TableDef expected, TableDef actual) {
        return differences(expected, actual).isEmpty();
    }

    private static void columns(String t, List<ColumnDef> expected, List<ColumnDef> actual, List<String> out) {
        List<String> actualNames = actual.stream().map(ColumnDef::name).toList();
        List<String> expectedNames = expected.stream().map(ColumnDef::name).toList();
        for (String e : expectedNames) {
            if (!actualNames.contains(e)) {
                out.add(t + ": column '" + e + "' is missing");
            }
        }
        for (String a : actualNames) {
            if (!expectedNames.contains(a)) {
                out.add(t + ": column '" + a + "' is not expected");
            }
        }
        for (ColumnDef e : expected) {
            actual.stream().filter(a -> a.name().equals(e.name())).findFirst().ifPresent(a -> {
                String c = t + ": column '" + e.name() + "'";
                if (!sameType(e.type(), a.type())) {
                    out.add(c + " is " + a.type() + ", expected " + e.type());
                }
                if (e.nullable() != a.nullable()) {
                    out.add(c + (a.nullable() ? " is nullable" : " is NOT NULL") + ", expected the opposite");
                }
                if (e.generated() != a.generated()) {
                    out.add(c + (a.generated() ? " is" : " is not") + " generated by the database, expected the"
                            + " opposite");
                }
                String ed = describeDefault(e);
                String ad = describeDefault(a);
                if (!ed.equals(ad)) {
                    out.add(c + " has default " + ad + ", expected " + ed);
                }
            });
        }
    }

    private static boolean sameType(DataType<?> e, DataType<?> a) {
        if (e.kind() == SqlType.NATIVE && a.kind() == SqlType.NATIVE) {
            return e.nativeType().equalsIgnoreCase(a.nativeType());
        }
        if (e.kind() == SqlType.ENUM && a.kind() == SqlType.ENUM) {
            return true; // stored as the constant's name: which Java enum reads it is no part of the schema
        }
        return e.equals(a);
    }

    private static String describeDefault(ColumnDef c) {
        if (c.defaultValue() != null) {
            return "value '" + c.defaultValue() + "'";
        }
        return c.defaultExpression() != null ? "expression (" + SqlText.canonical(c.defaultExpression()) + ")" : "none";
    }

    private static String describe(IndexDef i) {
        String kind = i.constraint() ? "unique constraint" : i.unique() ? "unique index" : "index";
        return kind + " " + i.columns();
    }

    private static String describe(ForeignKeyDef f) {
        return f.columns() + " -> " + f.refTable() + f.refColumns() + " on delete " + f.onDelete() + " on update "
                + f.onUpdate();
    }

    private static <T> void byName(String t, String what, List<T> expected, List<T> actual, Function<T, String> name,
                                   Function<T, String> describe, List<String> out) {
        Map<String, T> found = new LinkedHashMap<>();
        actual.forEach(a -> found.put(name.apply(a), a));
        for (T e : expected) {
            T a = found.remove(name.apply(e));
            String label = t + ": " + what + " '" + name.apply(e) + "'";
            if (a == null) {
                out.add(label + " is missing (" + describe.apply(e) + ")");
            } else if (!Objects.equals(describe.apply(e), describe.apply(a))) {
                out.add(label + " is " + describe.apply(a) + ", expected " + describe.apply(e));
            }
        }
        found.forEach((n, a) -> out.add(t + ": " + what + " '" + n + "' is not expected (" + describe.apply(a) + ")"));
    }
}
