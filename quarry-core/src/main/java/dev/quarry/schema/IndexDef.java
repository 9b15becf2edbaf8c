package dev.quarry.schema;

import java.util.List;

/**
 * An index or unique constraint of a {@link TableDef}. A unique index and a unique constraint enforce the same
 * rule; they differ in how they are made and dropped ({@code CREATE UNIQUE INDEX} against a {@code UNIQUE}
 * constraint of the table), which introspection tells apart where the database does (SQLite, PostgreSQL; MariaDB
 * keeps no difference and reads every unique index as a constraint).
 *
 * @param name       the index's or constraint's name
 * @param columns    the indexed column names, in order
 * @param unique     whether values must be unique
 * @param constraint whether it is a {@code UNIQUE} constraint of the table (true) rather than an index made by
 *                   {@code CREATE [UNIQUE] INDEX} (false); only a unique index can be a constraint
 */
public record IndexDef(String name, List<String> columns, boolean unique, boolean constraint) {
    public IndexDef {
        Identifiers.check("index", name);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index '" + name + "' has no columns");
        }
        if (constraint && !unique) {
            throw new IllegalArgumentException("index '" + name + "' is a constraint, so it must be unique");
        }
    }

    /**
     * A unique constraint ({@code unique}) or a plain index, as the annotations declare them: {@code @Unique} and
     * {@code @Index(unique = true)} make unique constraints.
     */
    public IndexDef(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, unique);
    }

    /** A unique index made by {@code CREATE UNIQUE INDEX}, not a constraint of the table. */
    public static IndexDef uniqueIndex(String name, List<String> columns) {
        return new IndexDef(name, columns, true, false);
    }
}
