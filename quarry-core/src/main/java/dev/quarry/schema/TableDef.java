package dev.quarry.schema;

import dev.quarry.annotation.ReferentialAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as the database sees it: columns, primary key, unique constraints, indexes, foreign keys and check
 * constraints. A plain, immutable model with no knowledge of JDBC or dialects; the DDL renderers of each dialect
 * read it, and each dialect's {@link dev.quarry.spi.Introspector} reads a live table into it.
 *
 * @param name        the table's name
 * @param columns     the columns in declaration order
 * @param primaryKey  the primary key's column names, in order
 * @param indexes     unique constraints, unique indexes and plain indexes
 * @param foreignKeys foreign keys
 * @param checks      check constraints
 */
public record TableDef(String name, List<ColumnDef> columns, List<String> primaryKey, List<IndexDef> indexes,
                       List<ForeignKeyDef> foreignKeys, List<CheckDef> checks) {

    public TableDef {
        Identifiers.check("table", name);
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        Set<String> seen = new HashSet<>();
        for (ColumnDef c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table '" + name + "' has two columns named '" + c.name() + "'");
            }
        }
        if (primaryKey.isEmpty()) {
            throw new IllegalArgumentException("table '" + name + "' has no primary key");
        }
        checkColumns(seen, primaryKey, "primary key");
        indexes.forEach(i -> checkColumns(seen, i.columns(), "index '" + i.name() + "'"));
        foreignKeys.forEach(f -> checkColumns(seen, f.columns(), "foreign key '" + f.name() + "'"));
        for (String k : primaryKey) {
            if (column(columns, k).nullable()) {
                throw new IllegalArgumentException("primary key column '" + k + "' of '" + name + "' is nullable");
            }
        }
        Set<String> checkNames = new HashSet<>();
        for (CheckDef c : checks) {
            if (!checkNames.add(c.name())) {
                throw new IllegalArgumentException("table '" + name + "' has two check constraints named '"
                        + c.name() + "'");
            }
        }
    }

    /** A table without check constraints. */
    public TableDef(String name, List<ColumnDef> columns, List<String> primaryKey, List<IndexDef> indexes,
                    List<ForeignKeyDef> foreignKeys) {
        this(name, columns, primaryKey, indexes, foreignKeys, List.of());
    }

    private void checkColumns(Set<String> known, List<String> used, String what) {
        for (String c : used) {
            if (!known.contains(c)) {
                throw new IllegalArgumentException(what + " of table '" + name + "' names unknown column '" + c + "'");
            }
        }
    }

    private static ColumnDef column(List<ColumnDef> columns, String name) {
        for (ColumnDef c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "'");
    }

    /** The column named {@code columnName}. */
    public ColumnDef column(String columnName) {
        return column(columns, columnName);
    }

    /** The index of the column named {@code columnName}, or -1. */
    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code columnName} is part of the primary key, a unique constraint, an index or a foreign key. */
    public boolean isKeyed(String columnName) {
        return primaryKey.contains(columnName)
                || indexes.stream().anyMatch(i -> i.columns().contains(columnName))
                || foreignKeys.stream().anyMatch(f -> f.columns().contains(columnName));
    }

    /** Starts a table named {@code name}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Collects a table's parts; not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<ColumnDef> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<IndexDef> indexes = new ArrayList<>();
        private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        private final List<CheckDef> checks = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a column. */
        public Builder column(ColumnDef column) {
            columns.add(column);
            return this;
        }

        /** Adds a NOT NULL column without a default. */
        public Builder column(String columnName, DataType<?> type) {
            return column(new ColumnDef(columnName, type, false, null, false));
        }

        /** Adds a nullable column without a default. */
        public Builder nullableColumn(String columnName, DataType<?> type) {
            return column(new ColumnDef(columnName, type, true, null, false));
        }

        /** Sets the primary key's columns. */
        public Builder primaryKey(String... columnNames) {
            primaryKey.clear();
            primaryKey.addAll(Arrays.asList(columnNames));
            return this;
        }

        /** Adds a unique constraint. */
        public Builder unique(String indexName, String... columnNames) {
            indexes.add(new IndexDef(indexName, List.of(columnNames), true));
            return this;
        }

        /** Adds a plain index. */
        public Builder index(String indexName, String... columnNames) {
            indexes.add(new IndexDef(indexName, List.of(columnNames), false));
            return this;
        }

        /** Adds a unique index ({@code CREATE UNIQUE INDEX}), as opposed to a unique constraint. */
        public Builder uniqueIndex(String indexName, String... columnNames) {
            indexes.add(IndexDef.uniqueIndex(indexName, List.of(columnNames)));
            return this;
        }

        /** Adds a foreign key ({@code ON UPDATE NO ACTION}). */
        public Builder foreignKey(String fkName, List<String> cols, String refTable, List<String> refCols,
                                  ReferentialAction onDelete) {
            foreignKeys.add(new ForeignKeyDef(fkName, cols, refTable, refCols, onDelete));
            return this;
        }

        /** Adds a foreign key with both its actions. */
        public Builder foreignKey(String fkName, List<String> cols, String refTable, List<String> refCols,
                                  ReferentialAction onDelete, ReferentialAction onUpdate) {
            foreignKeys.add(new ForeignKeyDef(fkName, cols, refTable, refCols, onDelete, onUpdate));
            return this;
        }

        /** Adds a check constraint; {@code expression} is SQL, without {@code CHECK (...)} around it. */
        public Builder check(String checkName, String expression) {
            checks.add(new CheckDef(checkName, expression));
            return this;
        }

        /** The finished, validated table. */
        public TableDef build() {
            return new TableDef(name, columns, primaryKey, indexes, foreignKeys, checks);
        }
    }
}
