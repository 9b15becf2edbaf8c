package dev.quarry.internal.dialect.render;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SchemaChange.AddCheck;
import dev.quarry.schema.SchemaChange.AddColumn;
import dev.quarry.schema.SchemaChange.AddForeignKey;
import dev.quarry.schema.SchemaChange.AddIndex;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.CreateTable;
import dev.quarry.schema.SchemaChange.DropCheck;
import dev.quarry.schema.SchemaChange.DropColumn;
import dev.quarry.schema.SchemaChange.DropForeignKey;
import dev.quarry.schema.SchemaChange.DropIndex;
import dev.quarry.schema.SchemaChange.DropTable;
import dev.quarry.schema.SchemaChange.RebuildTable;
import dev.quarry.schema.SchemaChange.RenameColumn;
import dev.quarry.schema.SchemaChange.RenameTable;
import java.util.List;

/**
 * Renders {@link SchemaChange}s as ALTER TABLE and friends. The defaults are the standard SQL that PostgreSQL and
 * MariaDB share; each database overrides what it spells differently and refuses, with
 * {@link UnsupportedFeatureException}, what it cannot do in place (a planner then rebuilds the table where the
 * database offers that, SQLite). Internal; immutable and thread-safe.
 */
public abstract class ChangeRenderer {
    /** The database's CREATE TABLE renderer, whose column, key and index spellings the changes reuse. */
    protected final DdlRenderer ddl;

    protected ChangeRenderer(DdlRenderer ddl) {
        this.ddl = ddl;
    }

    /** The statements of {@code change}, in order. */
    public final List<String> statements(SchemaChange change) {
        if (change instanceof CreateTable c) {
            return ddl.createTable(c.table(), false);
        } else if (change instanceof DropTable c) {
            return List.of(ddl.dropTable(c.table(), false));
        } else if (change instanceof RenameTable c) {
            return List.of(alter(c.table().name()) + " RENAME TO " + q(c.newName()));
        } else if (change instanceof AddColumn c) {
            return addColumn(c);
        } else if (change instanceof DropColumn c) {
            return dropColumn(c);
        } else if (change instanceof RenameColumn c) {
            return renameColumn(c);
        } else if (change instanceof AlterColumn c) {
            return alterColumn(c);
        } else if (change instanceof AddIndex c) {
            return addIndex(c);
        } else if (change instanceof DropIndex c) {
            return dropIndex(c);
        } else if (change instanceof AddForeignKey c) {
            return addForeignKey(c);
        } else if (change instanceof DropForeignKey c) {
            return dropForeignKey(c);
        } else if (change instanceof AddCheck c) {
            return addCheck(c);
        } else if (change instanceof DropCheck c) {
            return dropCheck(c);
        } else if (change instanceof RebuildTable c) {
            return rebuild(c);
        }
        throw new IllegalArgumentException("unknown schema change " + change);
    }

    /** The online form of {@code change}, or empty (the default: no such form). */
    public java.util.Optional<List<String>> online(SchemaChange change) {
        return java.util.Optional.empty();
    }

    /** {@code ALTER TABLE t ADD COLUMN <definition>}. */
    protected List<String> addColumn(AddColumn c) {
        return List.of(alter(c.tableName()) + " ADD COLUMN " + ddl.columnDefinition(c.table(), c.column()));
    }

    /** {@code ALTER TABLE t DROP COLUMN c}. */
    protected List<String> dropColumn(DropColumn c) {
        return List.of(alter(c.tableName()) + " DROP COLUMN " + q(c.column().name()));
    }

    /** {@code ALTER TABLE t RENAME COLUMN a TO b}. */
    protected List<String> renameColumn(RenameColumn c) {
        return List.of(alter(c.tableName()) + " RENAME COLUMN " + q(c.from()) + " TO " + q(c.to()));
    }

    /** Type, nullability, default and generation of one column: each database its own way. */
    protected abstract List<String> alterColumn(AlterColumn c);

    /** A unique constraint by {@code ADD CONSTRAINT}, an index by {@code CREATE INDEX}. */
    protected List<String> addIndex(AddIndex c) {
        if (c.index().constraint()) {
            return List.of(alter(c.tableName()) + " ADD CONSTRAINT " + q(c.index().name()) + " UNIQUE "
                    + ddl.columnList(c.index().columns()));
        }
        return List.of(ddl.createIndex(c.table(), c.index(), false));
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT n} for a unique constraint, {@code DROP INDEX n} for an index. */
    protected List<String> dropIndex(DropIndex c) {
        if (c.index().constraint()) {
            return List.of(alter(c.tableName()) + " DROP CONSTRAINT " + q(c.index().name()));
        }
        return List.of("DROP INDEX " + q(c.index().name()));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT n FOREIGN KEY ...}. */
    protected List<String> addForeignKey(AddForeignKey c) {
        return List.of(alter(c.tableName()) + " ADD " + ddl.foreignKeyClause(c.foreignKey()));
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT n}. */
    protected List<String> dropForeignKey(DropForeignKey c) {
        return List.of(alter(c.tableName()) + " DROP CONSTRAINT " + q(c.foreignKey().name()));
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT n CHECK (expression)}. */
    protected List<String> addCheck(AddCheck c) {
        CheckDef check = c.check();
        return List.of(alter(c.tableName()) + " ADD CONSTRAINT " + q(check.name()) + " CHECK (" + check.expression()
                + ")");
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT n}. */
    protected List<String> dropCheck(DropCheck c) {
        return List.of(alter(c.tableName()) + " DROP CONSTRAINT " + q(c.check().name()));
    }

    /** Refused: the server databases alter in place; only SQLite rebuilds. */
    protected List<String> rebuild(RebuildTable c) {
        throw new UnsupportedFeatureException("this database alters tables in place; a table rebuild ('"
                + c.tableName() + "') is SQLite's way");
    }

    /** {@code ALTER TABLE "t"}. */
    protected final String alter(String table) {
        return "ALTER TABLE " + q(table);
    }

    /** {@code name} quoted. */
    protected final String q(String name) {
        return ddl.quote(name);
    }
}
