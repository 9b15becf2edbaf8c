package dev.quarry.schema;

import java.util.Map;
import java.util.Objects;

/**
 * One change to a database's schema, as a migration plans it: each database renders it as its own DDL
 * ({@link dev.quarry.spi.DdlOperations#statements}) or refuses it where it cannot make the change in place (SQLite
 * alters little), so that a planner can choose a {@link RebuildTable} there instead. A change carries the table
 * definitions it needs to be rendered without a database: a column's type can depend on its table (MariaDB's keyed
 * text), and SQLite rewrites the whole table for most changes. Immutable.
 */
public sealed interface SchemaChange {

    /** The name of the table the change applies to, as it is before the change. */
    String tableName();

    /** Creates {@code table} with its constraints and indexes. */
    record CreateTable(TableDef table) implements SchemaChange {
        public CreateTable {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Drops {@code table}, its rows with it. */
    record DropTable(TableDef table) implements SchemaChange {
        public DropTable {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Renames {@code table} (as it is before) to {@code newName}; its rows, keys and indexes stay. */
    record RenameTable(TableDef table, String newName) implements SchemaChange {
        public RenameTable {
            Objects.requireNonNull(table, "table");
            Identifiers.check("table", newName);
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Adds {@code column} to a table; {@code table} is the table after the change, so it holds the column. */
    record AddColumn(TableDef table, ColumnDef column) implements SchemaChange {
        public AddColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            if (!table.column(column.name()).equals(column)) {
                throw new IllegalArgumentException("table '" + table.name() + "' must hold the added column '"
                        + column.name() + "' as it is added");
            }
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Drops {@code column}, its values with it; {@code table} is the table before the change. */
    record DropColumn(TableDef table, ColumnDef column) implements SchemaChange {
        public DropColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            table.column(column.name());
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Renames column {@code from} of {@code table} (the table before the change) to {@code to}. */
    record RenameColumn(TableDef table, String from, String to) implements SchemaChange {
        public RenameColumn {
            Objects.requireNonNull(table, "table");
            table.column(from);
            Identifiers.check("column", to);
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /**
     * Changes the type, nullability, default or generation of one column, keeping its name and values (converted
     * where the type changes); {@code table} is the table after the change, which holds {@code to}.
     */
    record AlterColumn(TableDef table, ColumnDef from, ColumnDef to) implements SchemaChange {
        public AlterColumn {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.name().equals(to.name())) {
                throw new IllegalArgumentException("an altered column keeps its name: '" + from.name() + "' became '"
                        + to.name() + "' (rename it with RenameColumn)");
            }
            if (!table.column(to.name()).equals(to)) {
                throw new IllegalArgumentException("table '" + table.name() + "' must hold column '" + to.name()
                        + "' as it is after the change");
            }
        }

        @Override
        public String tableName() {
            return table.name();
        }

        /** Whether the type changes. */
        public boolean typeChanged() {
            return !from.type().equals(to.type());
        }

        /** Whether the column becomes nullable or NOT NULL. */
        public boolean nullabilityChanged() {
            return from.nullable() != to.nullable();
        }

        /** Whether the default value or expression changes. */
        public boolean defaultChanged() {
            return !Objects.equals(from.defaultValue(), to.defaultValue())
                    || !Objects.equals(from.defaultExpression(), to.defaultExpression());
        }

        /** Whether the database starts or stops generating the column's values. */
        public boolean generationChanged() {
            return from.generated() != to.generated();
        }
    }

    /** Adds {@code index}: a unique constraint, a unique index or a plain index. {@code table} holds it. */
    record AddIndex(TableDef table, IndexDef index) implements SchemaChange {
        public AddIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Drops {@code index} (a unique constraint, a unique index or a plain index) of {@code table}. */
    record DropIndex(TableDef table, IndexDef index) implements SchemaChange {
        public DropIndex {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Adds {@code foreignKey} to {@code table}; the rows already there must satisfy it. */
    record AddForeignKey(TableDef table, ForeignKeyDef foreignKey) implements SchemaChange {
        public AddForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Drops {@code foreignKey} of {@code table}. */
    record DropForeignKey(TableDef table, ForeignKeyDef foreignKey) implements SchemaChange {
        public DropForeignKey {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(foreignKey, "foreignKey");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Adds {@code check} to {@code table}; the rows already there must satisfy it. */
    record AddCheck(TableDef table, CheckDef check) implements SchemaChange {
        public AddCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** Drops {@code check} of {@code table}. */
    record DropCheck(TableDef table, CheckDef check) implements SchemaChange {
        public DropCheck {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(check, "check");
        }

        @Override
        public String tableName() {
            return table.name();
        }
    }

    /**
     * Rewrites table {@code from} as {@code to} (same name) by creating the new table, copying the rows, dropping
     * the old one and renaming the new one: SQLite's way to make the changes its ALTER TABLE cannot
     * (https://www.sqlite.org/lang_altertable.html#otheralter). {@code sources} maps a column of {@code to} to the
     * column of {@code from} its values come from (a column kept under its name needs no entry; a renamed one
     * does); a column of {@code to} with no source gets its default, or NULL.
     */
    record RebuildTable(TableDef from, TableDef to, Map<String, String> sources) implements SchemaChange {
        public RebuildTable {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            sources = Map.copyOf(sources);
            if (!from.name().equals(to.name())) {
                throw new IllegalArgumentException("a rebuilt table keeps its name: '" + from.name() + "' became '"
                        + to.name() + "' (rename it with RenameTable)");
            }
            sources.forEach((target, source) -> {
                to.column(target);
                from.column(source);
            });
        }

        @Override
        public String tableName() {
            return from.name();
        }

        /** The column of {@code from} whose values column {@code target} of {@code to} takes, or null for none. */
        public String sourceOf(String target) {
            String source = sources.get(target);
            if (source != null) {
                return source;
            }
            return from.columns().stream().anyMatch(c -> c.name().equals(target)) ? target : null;
        }
    }
}
