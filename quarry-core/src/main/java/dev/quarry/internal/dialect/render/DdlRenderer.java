package dev.quarry.internal.dialect.render;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared DDL renderer: CREATE TABLE (columns, NOT NULL, DEFAULT, primary key, generated key, named UNIQUE
 * constraints, foreign keys with their actions, named CHECK constraints), then CREATE [UNIQUE] INDEX per index that
 * is not a constraint; DROP TABLE. Statements are single lines, written as all three databases accept them; each
 * dialect supplies its type names and the few spellings that differ. Column default values are validated and
 * rendered by {@link DefaultLiteral}; a default expression and a native type name are written as they are.
 * Immutable and thread-safe.
 */
public abstract class DdlRenderer {
    /** How the database quotes identifiers. */
    protected final Quoting quoting;
    private final DefaultLiteral defaults = new DefaultLiteral(this);

    protected DdlRenderer(Quoting quoting) {
        this.quoting = quoting;
    }

    /** The statements that create {@code table}: the table, then one per plain index. */
    public final List<String> createTable(TableDef table, boolean ifNotExists) {
        List<String> statements = new ArrayList<>(1 + table.indexes().size());
        StringBuilder b = new StringBuilder(256);
        b.append(ifNotExists ? "CREATE TABLE IF NOT EXISTS " : "CREATE TABLE ");
        quoting.append(b, table.name()).append(" (");
        for (int i = 0; i < table.columns().size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            column(table, table.columns().get(i), b);
        }
        if (!primaryKeyInColumn(table)) {
            b.append(", PRIMARY KEY ");
            names(table.primaryKey(), b);
        }
        for (IndexDef index : table.indexes()) {
            if (index.constraint()) {
                b.append(", CONSTRAINT ");
                quoting.append(b, index.name()).append(" UNIQUE ");
                names(index.columns(), b);
            }
        }
        for (ForeignKeyDef fk : table.foreignKeys()) {
            foreignKey(fk, b);
        }
        for (CheckDef check : table.checks()) {
            b.append(", CONSTRAINT ");
            quoting.append(b, check.name()).append(" CHECK (").append(check.expression()).append(')');
        }
        for (CheckDef check : impliedChecks(table)) {
            b.append(", CONSTRAINT ");
            quoting.append(b, check.name()).append(" CHECK (").append(check.expression()).append(')');
        }
        b.append(')');
        tableOptions(b);
        statements.add(b.toString());
        for (IndexDef index : table.indexes()) {
            if (!index.constraint()) {
                statements.add(createIndex(table, index, ifNotExists));
            }
        }
        return statements;
    }

    /**
     * The checks this database needs beyond the declared ones so that it refuses what Quarry refuses (a database
     * whose column types already do returns none, the default); {@link #createTable} writes them after the declared
     * checks, and introspection's {@code normalise} expects them.
     */
    public List<CheckDef> impliedChecks(TableDef table) {
        return List.of();
    }

    /**
     * The statements that make {@code change} on this database, in order.
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if this database cannot make it in place
     */
    public final List<String> statements(SchemaChange change) {
        return changes().statements(change);
    }

    /** The online form of {@code change}, or empty: see {@code DdlOperations.onlineStatements}. */
    public final java.util.Optional<List<String>> onlineStatements(SchemaChange change) {
        return changes().online(change);
    }

    /** This database's renderer of schema changes. */
    protected abstract ChangeRenderer changes();

    /** {@code DROP TABLE [IF EXISTS] "t"}. */
    public final String dropTable(TableDef table, boolean ifExists) {
        StringBuilder b = new StringBuilder(ifExists ? "DROP TABLE IF EXISTS " : "DROP TABLE ");
        return quoting.append(b, table.name()).toString();
    }

    /**
     * Column {@code c} of {@code table} as CREATE TABLE writes it: quoted name, type, NOT NULL, generated key,
     * default; for {@code ALTER TABLE ... ADD COLUMN} and MariaDB's {@code MODIFY COLUMN}.
     */
    public final String columnDefinition(TableDef table, ColumnDef c) {
        StringBuilder b = new StringBuilder(64);
        column(table, c, b);
        return b.toString();
    }

    /** The database type of column {@code c} of {@code table}, as CREATE TABLE writes it. */
    public final String columnType(TableDef table, ColumnDef c) {
        return c.type().kind() == SqlType.NATIVE ? c.type().nativeType() : typeName(table, c);
    }

    /** {@code CONSTRAINT "n" FOREIGN KEY (..) REFERENCES "t" (..) ON DELETE ..[ ON UPDATE ..]}. */
    public final String foreignKeyClause(ForeignKeyDef fk) {
        StringBuilder b = new StringBuilder(128);
        foreignKey(fk, b);
        return b.substring(2);
    }

    /** {@code "a", "b"} in parentheses: the quoted names of {@code columns}. */
    public final String columnList(List<String> columns) {
        StringBuilder b = new StringBuilder(32);
        names(columns, b);
        return b.toString();
    }

    /** {@code name} quoted as an identifier. */
    public final String quote(String name) {
        return quoting.quote(name);
    }

    private void column(TableDef table, ColumnDef c, StringBuilder b) {
        quoting.append(b, c.name()).append(' ');
        b.append(columnType(table, c));
        if (!c.nullable()) {
            b.append(" NOT NULL");
        }
        if (c.generated()) {
            if (c.hasDefault()) {
                throw new IllegalArgumentException("column '" + table.name() + "." + c.name()
                        + "' is generated by the database and cannot also have a default");
            }
            generatedKey(table, c, b);
        }
        if (c.hasDefault()) {
            b.append(" DEFAULT ");
            appendDefault(table, c, b);
        }
    }

    private void appendDefault(TableDef table, ColumnDef c, StringBuilder b) {
        if (c.defaultExpression() != null) {
            b.append('(').append(c.defaultExpression()).append(')');
        } else {
            defaults.append(table, c, b);
        }
    }

    /**
     * The SQL that follows {@code DEFAULT} for column {@code c} of {@code table}, as {@link #createTable} writes it:
     * a literal of the column's type, the current-time expression, or the default expression in parentheses.
     *
     * @throws IllegalArgumentException if the column has no default, or an invalid one
     */
    public final String defaultSql(TableDef table, ColumnDef c) {
        if (!c.hasDefault()) {
            throw new IllegalArgumentException("column '" + table.name() + "." + c.name() + "' has no default");
        }
        StringBuilder b = new StringBuilder(32);
        appendDefault(table, c, b);
        return b.toString();
    }

    private void foreignKey(ForeignKeyDef fk, StringBuilder b) {
        b.append(", CONSTRAINT ");
        quoting.append(b, fk.name()).append(" FOREIGN KEY ");
        names(fk.columns(), b);
        b.append(" REFERENCES ");
        quoting.append(b, fk.refTable()).append(' ');
        names(fk.refColumns(), b);
        b.append(" ON DELETE ").append(referentialAction(fk.onDelete()));
        if (fk.onUpdate() != ReferentialAction.NO_ACTION || writesOnUpdateNoAction()) {
            b.append(" ON UPDATE ").append(referentialAction(fk.onUpdate()));
        }
    }

    /** The SQL words of {@code action}. */
    protected String referentialAction(ReferentialAction action) {
        return switch (action) {
            case NO_ACTION -> "NO ACTION";
            case RESTRICT -> "RESTRICT";
            case CASCADE -> "CASCADE";
            case SET_NULL -> "SET NULL";
            case SET_DEFAULT -> "SET DEFAULT";
        };
    }

    /**
     * Whether {@code ON UPDATE NO ACTION} is written out. It is the default on SQLite and PostgreSQL, so it is left
     * out there; a database whose default differs says true.
     */
    protected boolean writesOnUpdateNoAction() {
        return false;
    }

    /** {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] "i" ON "t" (..)} for an index that is not a constraint. */
    public final String createIndex(TableDef table, IndexDef index, boolean ifNotExists) {
        StringBuilder b = new StringBuilder(96);
        b.append(index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        if (ifNotExists) {
            b.append("IF NOT EXISTS ");
        }
        quoting.append(b, index.name()).append(" ON ");
        quoting.append(b, table.name()).append(' ');
        names(index.columns(), b);
        return b.toString();
    }

    private void names(List<String> names, StringBuilder b) {
        b.append('(');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            quoting.append(b, names.get(i));
        }
        b.append(')');
    }

    // ---- dialect hooks ----

    /** The database type of {@code column} (see the dialect's type table). */
    protected abstract String typeName(TableDef table, ColumnDef column);

    /** Appends what makes the database generate {@code column}'s values (after its type and NOT NULL). */
    protected abstract void generatedKey(TableDef table, ColumnDef column, StringBuilder b);

    /** Whether the primary key was declared on its column (SQLite's AUTOINCREMENT key) instead of the table. */
    protected boolean primaryKeyInColumn(TableDef table) {
        return false;
    }

    /** Appends table options after the closing parenthesis (MariaDB's engine and collation). */
    protected void tableOptions(StringBuilder b) {
    }

    /** Whether a backslash escapes the next character in a string literal: not in standard SQL. */
    public boolean backslashEscapes() {
        return false;
    }

    /** The literal of a boolean default: standard {@code TRUE} / {@code FALSE}. */
    protected String booleanLiteral(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** Appends {@code text} as a string literal: standard SQL doubles the quote and nothing else. */
    protected void stringLiteral(String text, StringBuilder b) {
        b.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                b.append('\'');
            }
            b.append(c);
        }
        b.append('\'');
    }

    /** Appends a date or time default as a string literal, in ISO-8601 as java.time prints it. */
    protected void temporalLiteral(SqlType type, TemporalAccessor value, StringBuilder b) {
        DateTimeFormatter f = switch (type) {
            case LOCAL_DATE -> DateTimeFormatter.ISO_LOCAL_DATE;
            case LOCAL_TIME -> DateTimeFormatter.ISO_LOCAL_TIME;
            case LOCAL_DATE_TIME -> DateTimeFormatter.ISO_LOCAL_DATE_TIME;
            case OFFSET_DATE_TIME -> DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            default -> DateTimeFormatter.ISO_INSTANT;
        };
        stringLiteral(f.format(value), b);
    }

    /** The expression of the current date or time for a default of {@code type} ({@code @Default(NOW)}). */
    protected abstract String currentTime(SqlType type);

    /** {@link #currentTime}, for the introspector that reads such a default back. */
    public final String currentTimeSql(SqlType type) {
        return currentTime(type);
    }
}
