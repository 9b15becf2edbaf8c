package dev.quarry.internal.dialect;

import dev.quarry.error.UniqueViolationException;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.TableDef;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A unique or primary key violation as one database reported it, before the engine completes it from the schema.
 * Each database gives half: PostgreSQL the constraint and the columns, SQLite the columns only
 * ("UNIQUE constraint failed: t.a, t.b", https://www.sqlite.org/rescode.html#constraint_unique), MariaDB the key's
 * name only ("Duplicate entry ... for key 'name'"). {@link #against} fills in the other half from the table the
 * statement wrote when exactly one unique constraint of that table matches, so {@code constraint()} and
 * {@code column()} read the same on every database.
 */
public final class KeyViolation extends UniqueViolationException {
    private final String reason;
    private final List<String> columns;

    /**
     * @param reason     the message without the SQL
     * @param constraint the constraint's name as reported, or null
     * @param columns    the key's columns as reported, in order, or empty
     */
    public KeyViolation(String reason, String sql, Throwable cause, String constraint, List<String> columns) {
        super(reason, sql, cause, constraint, columns.size() == 1 ? columns.get(0) : null);
        this.reason = reason;
        this.columns = List.copyOf(columns);
    }

    /**
     * This violation with its constraint and column completed from {@code table}, the table written: the unique
     * constraint whose name or columns match what the database reported. A primary key has no name in the schema, so
     * its name stays what the database reports (PostgreSQL's {@code t_pkey}, MariaDB's {@code PRIMARY}, none on
     * SQLite); its column is filled when it has one.
     */
    public UniqueViolationException against(TableDef table) {
        String constraint = constraint();
        List<String> keyColumns = columns;
        if (keyColumns.isEmpty() && constraint != null) {
            IndexDef named = uniqueNamed(table, constraint);
            if (named != null) {
                keyColumns = named.columns();
            } else if (constraint.equals("PRIMARY")) { // MariaDB's name for every primary key
                keyColumns = table.primaryKey();
            }
        }
        if (constraint == null && !keyColumns.isEmpty()) {
            IndexDef matching = uniqueOn(table, keyColumns);
            constraint = matching == null ? null : matching.name();
        }
        String column = keyColumns.size() == 1 ? keyColumns.get(0) : null;
        if (Objects.equals(constraint, constraint()) && Objects.equals(column, column())) {
            return this;
        }
        return new UniqueViolationException(reason, sql(), getCause(), constraint, column);
    }

    private static IndexDef uniqueNamed(TableDef table, String name) {
        for (IndexDef i : table.indexes()) {
            if (i.unique() && i.name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return null;
    }

    private static IndexDef uniqueOn(TableDef table, List<String> keyColumns) {
        IndexDef found = null;
        for (IndexDef i : table.indexes()) {
            if (i.unique() && new HashSet<>(i.columns()).equals(new HashSet<>(keyColumns))) {
                if (found != null) {
                    return null; // two constraints on the same columns: which one is not known
                }
                found = i;
            }
        }
        return found;
    }
}
