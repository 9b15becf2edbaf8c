package dev.quarry.internal.dialect.mariadb;

import dev.quarry.internal.dialect.render.ChangeRenderer;
import dev.quarry.internal.dialect.render.DdlRenderer;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SchemaChange.AddForeignKey;
import dev.quarry.schema.SchemaChange.AddIndex;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.DropForeignKey;
import dev.quarry.schema.SchemaChange.DropIndex;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB makes every change in place (https://mariadb.com/kb/en/alter-table/), but each DDL statement commits:
 * a migration cannot roll back. Two of its rules shape the statements: an unbounded text or byte column is
 * {@code LONGTEXT}/{@code LONGBLOB} until it is keyed and {@code VARCHAR(255)}/{@code VARBINARY(255)} while it is
 * (see {@link MariaDbDdl}), so a change that keys or unkeys one modifies it too; and InnoDB adds an index named after
 * a foreign key whose columns no index starts with, which outlives the foreign key unless dropped with it.
 * Immutable.
 */
final class MariaDbChanges extends ChangeRenderer {

    MariaDbChanges(DdlRenderer ddl) {
        super(ddl);
    }

    /** {@code MODIFY COLUMN} restates the whole column: type, nullability, default, auto-increment. */
    @Override
    protected List<String> alterColumn(AlterColumn c) {
        return List.of(alter(c.tableName()) + " MODIFY COLUMN " + ddl.columnDefinition(c.table(), c.to()));
    }

    @Override
    protected List<String> addIndex(AddIndex c) {
        List<String> out = rekey(c.table(), c.index().columns());
        out.addAll(super.addIndex(c));
        return out;
    }

    /** A unique constraint is an index here: {@code DROP INDEX} drops either. */
    @Override
    protected List<String> dropIndex(DropIndex c) {
        List<String> out = new ArrayList<>();
        out.add("DROP INDEX " + q(c.index().name()) + " ON " + q(c.tableName()));
        TableDef after = withoutIndex(c.table(), c.index());
        out.addAll(rekey(after, c.index().columns()));
        return out;
    }

    @Override
    protected List<String> addForeignKey(AddForeignKey c) {
        List<String> out = rekey(c.table(), c.foreignKey().columns());
        out.addAll(super.addForeignKey(c));
        return out;
    }

    @Override
    protected List<String> dropForeignKey(DropForeignKey c) {
        ForeignKeyDef fk = c.foreignKey();
        List<String> out = new ArrayList<>();
        out.add(alter(c.tableName()) + " DROP FOREIGN KEY " + q(fk.name()));
        if (!indexStartsWith(c.table(), fk.columns())) {
            out.add("DROP INDEX " + q(fk.name()) + " ON " + q(c.tableName()));
        }
        return out;
    }

    /** MODIFY for each unbounded text or byte column of {@code columns}, to its type in {@code table}. */
    private List<String> rekey(TableDef table, List<String> columns) {
        List<String> out = new ArrayList<>();
        for (String name : columns) {
            ColumnDef col = table.column(name);
            SqlType kind = col.type().kind();
            if ((kind == SqlType.STRING && col.type().length() <= 0) || kind == SqlType.BYTES) {
                out.add(alter(table.name()) + " MODIFY COLUMN " + ddl.columnDefinition(table, col));
            }
        }
        return out;
    }

    /** Whether the primary key or an index of {@code table} starts with {@code columns}, so InnoDB added none. */
    private static boolean indexStartsWith(TableDef table, List<String> columns) {
        if (startsWith(table.primaryKey(), columns)) {
            return true;
        }
        return table.indexes().stream().anyMatch(i -> startsWith(i.columns(), columns));
    }

    private static boolean startsWith(List<String> indexColumns, List<String> columns) {
        return indexColumns.size() >= columns.size() && indexColumns.subList(0, columns.size()).equals(columns);
    }

    private static TableDef withoutIndex(TableDef table, IndexDef index) {
        List<IndexDef> indexes = table.indexes().stream().filter(i -> !i.name().equals(index.name())).toList();
        return new TableDef(table.name(), table.columns(), table.primaryKey(), indexes, table.foreignKeys(),
                table.checks());
    }
}
