package dev.quarry.internal.dialect.render;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.spi.Capabilities;
import dev.quarry.query.Assignment;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Conflict;
import dev.quarry.query.DeleteQuery;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.Query;
import dev.quarry.query.RawQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Selection;
import dev.quarry.query.Table;
import dev.quarry.query.UpdateQuery;
import dev.quarry.spi.StatementKind;
import java.util.List;
import java.util.Set;

/**
 * The shared renderer of whole statements: SELECT, INSERT (multi-row, batch, INSERT ... SELECT, upsert), UPDATE,
 * DELETE and RETURNING. It writes standard SQL as PostgreSQL and SQLite accept it; each dialect subclasses it and
 * overrides the few hooks where its database differs, citing the page of the difference.
 *
 * <p>The hierarchy, each level a file: {@link ExpressionRenderer} (values) &lt; {@link ConditionRenderer} &lt;
 * {@link SelectRenderer} &lt; this. Immutable and thread-safe; one {@link SqlWriter} holds the state of a rendering.
 */
public abstract class SqlRenderer extends SelectRenderer {

    /** How a DML statement's RETURNING list is served. */
    private enum Returning { NONE, CLAUSE, GENERATED_KEYS }

    /**
     * @param database     the database and version for messages, e.g. "SQLite 3.34.0"
     * @param capabilities what it can do
     * @param quoting      how it quotes identifiers
     */
    protected SqlRenderer(String database, Capabilities capabilities, Quoting quoting) {
        super(database, capabilities, quoting);
    }

    /** Renders {@code query} to SQL text and its parameters in binding order. */
    public final Rendered render(Query query) {
        if (query instanceof RawQuery raw) {
            // Hand-written SQL is not parsed: the engine decides from the driver whether rows came back, and its
            // tables are unknown.
            return new Rendered(raw.sql(), List.copyOf(raw.params()), true, false, RawSql.kindOf(raw.sql()),
                    Set.of(), Set.of(), false, List.of(), null);
        }
        SqlWriter w = new SqlWriter(quoting);
        if (query instanceof SelectQuery s) {
            select(s, w);
            return rendered(w, StatementKind.QUERY, Returning.CLAUSE);
        }
        if (query instanceof InsertQuery i) {
            return rendered(w, StatementKind.INSERT, insert(i, w));
        }
        if (query instanceof UpdateQuery u) {
            return rendered(w, StatementKind.UPDATE, update(u, w));
        }
        return rendered(w, StatementKind.DELETE, delete((DeleteQuery) query, w));
    }

    /**
     * The shape of {@code query} and its values, recorded by the same render that writes its text, or null for what
     * is not planned per call: anything but a query (writes run once, bulk inserts have their own templates), a
     * query with placeholders (it is prepared), and one that writes values into its text (grouped expressions with
     * a value), since a cached key must never keep a user's value. Costs the render's walk without building text.
     */
    public final RenderShape shape(Query query) {
        if (!(query instanceof SelectQuery s)) {
            return null;
        }
        ShapeRecorder recorder = new ShapeRecorder();
        select(s, new SqlWriter(quoting, recorder));
        return recorder.shape();
    }

    private static Rendered rendered(SqlWriter w, StatementKind kind, Returning returning) {
        return new Rendered(w.sql(), w.params(), returning == Returning.CLAUSE,
                returning == Returning.GENERATED_KEYS, kind, w.tablesRead(), w.tablesWritten(), true, w.targets(),
                w.writtenDef());
    }

    private Returning insert(InsertQuery q, SqlWriter w) {
        Returning mode = returningMode(q, q.returning(), capabilities.insertReturning(), "INSERT");
        w.append("INSERT INTO ").identifier(q.table().name());
        if (q.select() != null) {
            w.append(' ');
            columnNames(q.columns(), w);
            w.append(' ');
            insertSelect(q, w);
        } else if (q.columns().isEmpty()) {
            defaultValues(q.batch() ? 1 : q.rows().size(), w);
        } else {
            w.append(' ');
            columnNames(q.columns(), w);
            values(q, w);
        }
        w.dmlTarget(q.table());
        if (q.conflict() != null) {
            if (!capabilities.upsert()) {
                throw new UnsupportedFeatureException(database + " has no upsert (INSERT ... ON CONFLICT)");
            }
            conflict(q.table(), q.conflict(), w);
        }
        returning(mode, q.returning(), w);
        return mode;
    }

    /** {@code ("a", "b")}: target columns are never qualified. */
    protected final void columnNames(List<Column<?>> columns, SqlWriter w) {
        w.append('(');
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            w.identifier(columns.get(i).name());
        }
        w.append(')');
    }

    /** {@code VALUES (?, ?), (?, ?)}; a batch renders its first row, which the engine binds once per row. */
    private void values(InsertQuery q, SqlWriter w) {
        int rows = q.batch() ? 1 : q.rows().size();
        w.append(" VALUES ");
        for (int r = 0; r < rows; r++) {
            w.append(r == 0 ? "(" : ", (");
            List<? extends Expression<?>> row = q.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    w.append(", ");
                }
                w.target(q.table().name() + "." + q.columns().get(c).name());
                expression(row.get(c), w);
            }
            w.target(null);
            w.append(')');
        }
    }

    /** An insert of no column (every value generated or defaulted): {@code DEFAULT VALUES} in standard SQL. */
    protected void defaultValues(int rows, SqlWriter w) {
        if (rows > 1) {
            throw new UnsupportedFeatureException(database + " cannot insert several rows of only default values "
                    + "in one statement; insert them as a batch");
        }
        w.append(" DEFAULT VALUES");
    }

    /** The source of INSERT ... SELECT. */
    protected void insertSelect(InsertQuery q, SqlWriter w) {
        select(q.select(), w);
    }

    /**
     * The upsert clause: {@code ON CONFLICT (target) DO NOTHING | DO UPDATE SET c = excluded.c}, the target being
     * the primary key when none is named (https://www.postgresql.org/docs/current/sql-insert.html#SQL-ON-CONFLICT,
     * https://www.sqlite.org/lang_upsert.html).
     */
    protected void conflict(Table<?> table, Conflict conflict, SqlWriter w) {
        w.append(" ON CONFLICT ");
        columnNames(conflict.target().isEmpty() ? table.primaryKey() : conflict.target(), w);
        if (conflict.doNothing()) {
            w.append(" DO NOTHING");
        } else {
            w.append(" DO UPDATE SET ");
            assignments(conflict.updates(), w);
        }
    }

    /** {@code "a" = value, "b" = value}: SET targets are unqualified on every database. */
    protected final void assignments(List<Assignment> assignments, SqlWriter w) {
        for (int i = 0; i < assignments.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            Assignment a = assignments.get(i);
            w.identifier(a.column().name()).append(" = ");
            w.target(w.dmlTargetName() + "." + a.column().name());
            operand(a.value(), w);
        }
        w.target(null);
    }

    private Returning update(UpdateQuery q, SqlWriter w) {
        Returning mode = returningMode(q, q.returning(), capabilities.updateReturning(), "UPDATE");
        w.dmlTarget(q.table());
        w.append("UPDATE ").identifier(q.table().name()).append(" SET ");
        assignments(q.assignments(), w);
        where(q.where(), w);
        returning(mode, q.returning(), w);
        return mode;
    }

    private Returning delete(DeleteQuery q, SqlWriter w) {
        Returning mode = returningMode(q, q.returning(), capabilities.deleteReturning(), "DELETE");
        w.dmlTarget(q.table());
        w.append("DELETE FROM ").identifier(q.table().name());
        where(q.where(), w);
        returning(mode, q.returning(), w);
        return mode;
    }

    private void where(Condition where, SqlWriter w) {
        if (where != null) {
            w.append(" WHERE ");
            condition(where, w);
        }
    }

    private void returning(Returning mode, List<Selection<?>> returning, SqlWriter w) {
        if (mode == Returning.CLAUSE) {
            w.append(" RETURNING ");
            selectList(returning, w);
        }
    }

    /**
     * How {@code returning} is served: by a RETURNING clause where the database has one; by JDBC's generated keys
     * for an insert returning only its generated key; else not at all, which is an error that says so.
     */
    private Returning returningMode(Query q, List<Selection<?>> returning, boolean supported, String statement) {
        if (returning.isEmpty()) {
            return Returning.NONE;
        }
        if (supported) {
            return Returning.CLAUSE;
        }
        if (q instanceof InsertQuery i && returning.size() == 1 && returning.get(0) instanceof Column<?> c
                && c.def().generated() && c.table().def() == i.table().def()) {
            return Returning.GENERATED_KEYS;
        }
        throw new UnsupportedFeatureException(database + " cannot return rows from an " + statement + " ("
                + statement + " ... RETURNING)" + (q instanceof InsertQuery
                ? "; only a generated key column can be returned here" : "; read the rows in a separate query"));
    }
}
