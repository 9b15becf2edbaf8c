package dev.quarry.internal.dialect.render;

import dev.quarry.query.Expression;
import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;

/**
 * The state of rendering one statement: the SQL text, the parameters in binding order, the target of the DML
 * statement being rendered, and the tables the statement reads (every table written in a FROM or JOIN, subqueries
 * included). One per render call, never shared; the renderers themselves hold no state.
 */
public final class SqlWriter {
    /** The text, the parameters and their targets; all three null while recording a shape, which writes none. */
    private final StringBuilder sql;
    private final List<Expression<?>> params;
    /** Per parameter, the column its value is written to ("" for none): see {@link Rendered#targets}. */
    private final List<String> targets;
    private String target = "";
    private final Quoting quoting;
    /** The first table read, and the rest once there is a second: most statements read one table. */
    private String firstRead;
    private Set<String> moreRead;
    private Table<?> dmlTarget;
    /** The GROUP BY expressions holding a value, while a grouped select is rendered; null otherwise. */
    private Map<Expression<?>, String> selectItemNames;
    private Set<Expression<?>> groupsToInline;
    private int inlining;
    /** Non-null when this writer records the statement's shape instead of writing its text. */
    private final ShapeRecorder shape;

    SqlWriter(Quoting quoting) {
        this(quoting, null);
    }

    SqlWriter(Quoting quoting, ShapeRecorder shape) {
        this.quoting = quoting;
        this.shape = shape;
        this.sql = shape == null ? new StringBuilder(160) : null;
        this.params = shape == null ? new ArrayList<>() : null;
        this.targets = shape == null ? new ArrayList<>() : null;
    }

    /** Appends SQL text (keywords and punctuation only, never a value). */
    public SqlWriter append(String text) {
        if (shape != null) {
            shape.text(text);
        } else {
            sql.append(text);
        }
        return this;
    }

    /** Appends one character of SQL text. */
    public SqlWriter append(char c) {
        if (shape != null) {
            shape.text(c);
        } else {
            sql.append(c);
        }
        return this;
    }

    /** Appends a number of SQL text (an ordinal or a fixed limit, never a user value). */
    public SqlWriter append(int n) {
        if (shape != null) {
            shape.number(n);
        } else {
            sql.append(n);
        }
        return this;
    }

    /** Appends {@code name} quoted as an identifier. */
    public SqlWriter identifier(String name) {
        if (shape != null) {
            shape.identifier(name);
        } else {
            quoting.append(sql, name);
        }
        return this;
    }

    /** Appends a {@code ?} bound to {@code param} (a Param or a Placeholder). */
    public SqlWriter param(Expression<?> param) {
        if (shape != null) {
            shape.parameter(param, param.type(), target);
            return this;
        }
        sql.append('?');
        params.add(param);
        targets.add(target);
        return this;
    }

    /** Names {@code table.column} as where the parameters appended next are written, until called with null. */
    void target(String qualifiedColumn) {
        target = qualifiedColumn == null ? "" : qualifiedColumn;
    }

    /** The name of the INSERT, UPDATE or DELETE's table, or "" outside DML. */
    String dmlTargetName() {
        return dmlTarget == null ? "" : dmlTarget.name();
    }

    /**
     * Whether {@code t} stands for the table of the INSERT, UPDATE or DELETE being rendered: the same table under
     * the same alias, whichever instance the query holds ({@code T.as("x")} makes a new one per call).
     */
    boolean isDmlTarget(Table<?> t) {
        return dmlTarget != null && t.def() == dmlTarget.def() && Objects.equals(t.alias(), dmlTarget.alias());
    }

    /**
     * Makes {@code names} the select items HAVING refers to by name (see
     * {@link SelectRenderer#havingNamesSelectItems}), or none with null; returns the previous ones.
     */
    Map<Expression<?>, String> enterSelectItemNames(Map<Expression<?>, String> names) {
        Map<Expression<?>, String> previous = selectItemNames;
        selectItemNames = names;
        return previous;
    }

    /** The name to write for {@code e} instead of the expression, or null. */
    String selectItemName(Expression<?> e) {
        return selectItemNames == null ? null : selectItemNames.get(e);
    }

    /** Makes {@code groups} the grouped expressions of the select being rendered; returns the previous ones. */
    Set<Expression<?>> enterGroups(Set<Expression<?>> groups) {
        Set<Expression<?>> previous = groupsToInline;
        groupsToInline = groups;
        return previous;
    }

    void exitGroups(Set<Expression<?>> previous) {
        groupsToInline = previous;
    }

    /** Whether {@code e} is a grouped expression whose values must be written inline (and none is being written). */
    boolean isGroupToInline(Expression<?> e) {
        return groupsToInline != null && inlining == 0 && groupsToInline.contains(e);
    }

    void beginInline() {
        if (shape != null) {
            shape.inlinesValues(); // no shape then: a key must never hold a user's value
        }
        inlining++;
    }

    void endInline() {
        inlining--;
    }

    /** Whether values are being written inline, as literals. */
    boolean inlining() {
        return inlining > 0;
    }

    /** Notes that the statement reads {@code table} (called where a table is written as a FROM item). */
    void read(Table<?> table) {
        String name = table.name();
        if (shape != null) {
            shape.read(name);
            return;
        }
        if (firstRead == null) {
            firstRead = name;
        } else if (!firstRead.equals(name)) {
            if (moreRead == null) {
                moreRead = new LinkedHashSet<>(4);
                moreRead.add(firstRead);
            }
            moreRead.add(name);
        }
    }

    /** The tables read, as an immutable set (no copy is made of it again). */
    Set<String> tablesRead() {
        if (moreRead != null) {
            return Set.copyOf(moreRead);
        }
        return firstRead == null ? Set.of() : Set.of(firstRead);
    }

    Set<String> tablesWritten() {
        return dmlTarget == null ? Set.of() : Set.of(dmlTarget.name());
    }

    /** The definition of the table an INSERT, UPDATE or DELETE writes, or null. */
    TableDef writtenDef() {
        return dmlTarget == null ? null : dmlTarget.def();
    }

    void dmlTarget(Table<?> table) {
        dmlTarget = table;
    }

    String sql() {
        return sql.toString();
    }

    List<Expression<?>> params() {
        return params;
    }

    List<String> targets() {
        return targets;
    }
}
