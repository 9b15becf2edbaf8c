package dev.quarry.internal.dialect.sqlite;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.render.ChangeRenderer;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.SchemaChange.AddColumn;
import dev.quarry.schema.SchemaChange.AddForeignKey;
import dev.quarry.schema.SchemaChange.AddIndex;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.DropColumn;
import dev.quarry.schema.SchemaChange.DropForeignKey;
import dev.quarry.schema.SchemaChange.DropIndex;
import dev.quarry.schema.SchemaChange.RenameColumn;
import dev.quarry.schema.SchemaChange.AddCheck;
import dev.quarry.schema.SchemaChange.DropCheck;
import dev.quarry.schema.TableDef;
import java.util.List;
import java.util.Locale;

/**
 * SQLite's ALTER TABLE adds, drops and renames columns and renames tables, within limits
 * (https://www.sqlite.org/lang_altertable.html); indexes are their own statements. Everything else (a column's type,
 * nullability or default, a constraint added or dropped, a column Quarry guards with a check) is refused here, and
 * the planner rebuilds the table instead ({@link SqliteRebuild}). Immutable.
 */
final class SqliteChanges extends ChangeRenderer {
    private final SqliteDdl sqliteDdl;

    SqliteChanges(SqliteDdl ddl) {
        super(ddl);
        this.sqliteDdl = ddl;
    }

    /**
     * In place when SQLite allows it: not a key, and either nullable or with a literal default (SQLite refuses
     * an expression default, the current time included, on ADD COLUMN). The check Quarry adds for the column's type
     * goes with it as a column constraint, which SQLite tests against the rows already there.
     */
    @Override
    protected List<String> addColumn(AddColumn c) {
        ColumnDef col = c.column();
        TableDef table = c.table();
        if (col.generated() || table.primaryKey().contains(col.name()) || table.isKeyed(col.name())
                || col.defaultExpression() != null || "NOW".equals(col.defaultValue())
                || (!col.nullable() && !col.hasDefault())) {
            throw refused("add column '" + col.name() + "' (a key, a generated value, an expression default or NOT NULL"
                    + " without a default)", c.tableName());
        }
        StringBuilder b = new StringBuilder(alter(c.tableName())).append(" ADD COLUMN ")
                .append(ddl.columnDefinition(table, col));
        for (CheckDef check : sqliteDdl.impliedChecks(table)) {
            if (check.name().equals(SqliteDdl.checkName(col.name()))) {
                b.append(" CONSTRAINT ").append(q(check.name())).append(" CHECK (").append(check.expression())
                        .append(')');
            }
        }
        return List.of(b.toString());
    }

    /**
     * In place only for a column no key, index, foreign key or check names: SQLite's DROP COLUMN refuses the others.
     * A check is taken to name the column when its text holds the name, which at worst rebuilds a table needlessly.
     */
    @Override
    protected List<String> dropColumn(DropColumn c) {
        String name = c.column().name();
        TableDef table = c.table();
        if (table.isKeyed(name) || guarded(table, name) || mentionedByCheck(table, name)) {
            throw refused("drop column '" + name + "' (keyed, indexed or checked)", c.tableName());
        }
        return super.dropColumn(c);
    }

    /** In place unless Quarry guards the column with a check named after it, whose name would then be stale. */
    @Override
    protected List<String> renameColumn(RenameColumn c) {
        if (guarded(c.table(), c.from())) {
            throw refused("rename column '" + c.from() + "' (its check is named after it)", c.tableName());
        }
        return super.renameColumn(c);
    }

    @Override
    protected List<String> alterColumn(AlterColumn c) {
        throw refused("change column '" + c.to().name() + "'", c.tableName());
    }

    /** A plain or unique index is its own statement; a unique constraint lives in the table's definition. */
    @Override
    protected List<String> addIndex(AddIndex c) {
        if (c.index().constraint()) {
            throw refused("add unique constraint '" + c.index().name() + "'", c.tableName());
        }
        return super.addIndex(c);
    }

    @Override
    protected List<String> dropIndex(DropIndex c) {
        if (c.index().constraint()) {
            throw refused("drop unique constraint '" + c.index().name() + "'", c.tableName());
        }
        return super.dropIndex(c);
    }

    @Override
    protected List<String> addForeignKey(AddForeignKey c) {
        throw refused("add foreign key '" + c.foreignKey().name() + "'", c.tableName());
    }

    @Override
    protected List<String> dropForeignKey(DropForeignKey c) {
        throw refused("drop foreign key '" + c.foreignKey().name() + "'", c.tableName());
    }

    @Override
    protected List<String> addCheck(AddCheck c) {
        throw refused("add check '" + c.check().name() + "'", c.tableName());
    }

    @Override
    protected List<String> dropCheck(DropCheck c) {
        throw refused("drop check '" + c.check().name() + "'", c.tableName());
    }

    @Override
    protected List<String> rebuild(dev.quarry.schema.SchemaChange.RebuildTable c) {
        return SqliteRebuild.statements(sqliteDdl, c);
    }

    private boolean guarded(TableDef table, String column) {
        String name = SqliteDdl.checkName(column);
        return sqliteDdl.impliedChecks(table).stream().anyMatch(k -> k.name().equals(name));
    }

    private static boolean mentionedByCheck(TableDef table, String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        return table.checks().stream().anyMatch(k -> k.expression().toLowerCase(Locale.ROOT).contains(lower));
    }

    private static UnsupportedFeatureException refused(String what, String table) {
        return new UnsupportedFeatureException("SQLite cannot " + what + " of table '" + table + "' in place; the"
                + " table must be rebuilt (https://www.sqlite.org/lang_altertable.html#otheralter)");
    }
}
