package dev.quarry.internal.dialect.render;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.spi.Capabilities;
import dev.quarry.query.Aliased;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.CaseWhen;
import dev.quarry.query.Cast;
import dev.quarry.query.Column;
import dev.quarry.query.DerivedTable;
import dev.quarry.query.Expression;
import dev.quarry.query.FieldRef;
import dev.quarry.query.FromItem;
import dev.quarry.query.FunctionCall;
import dev.quarry.query.Join;
import dev.quarry.query.JoinType;
import dev.quarry.query.NullOrder;
import dev.quarry.query.Param;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Selection;
import dev.quarry.query.SetOperation;
import dev.quarry.query.SortField;
import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders SELECT: select list, FROM and joins, WHERE, GROUP BY, HAVING, UNION, ORDER BY, LIMIT and OFFSET.
 * Immutable and thread-safe.
 *
 * <p>Compound selects ({@code a UNION b ORDER BY ...}) are written the one way all three databases accept: members
 * are never parenthesised (SQLite forbids it, https://www.sqlite.org/lang_select.html#compound_select_statements);
 * a member with its own ORDER BY, LIMIT or UNION becomes {@code SELECT * FROM (member) AS "union_n"}; and the
 * ORDER BY of the whole set names result columns by position, since PostgreSQL only accepts output columns there
 * (https://www.postgresql.org/docs/current/queries-order.html).
 */
public abstract class SelectRenderer extends ConditionRenderer {

    protected SelectRenderer(String database, Capabilities capabilities, Quoting quoting) {
        super(database, capabilities, quoting);
    }

    @Override
    protected final void select(SelectQuery q, SqlWriter w) {
        Set<Expression<?>> outer = w.enterGroups(groupsToInline(q));
        Map<Expression<?>, String> outerNames = w.enterSelectItemNames(null); // a subquery in HAVING has its own
        try {
            whole(q, w);
        } finally {
            w.exitGroups(outer);
            w.enterSelectItemNames(outerNames);
        }
    }

    /**
     * The GROUP BY items of {@code q} that hold a bound value, or null if none: written with their values inline
     * wherever they appear in {@code q} (see {@link ExpressionRenderer#expression}).
     */
    private static Set<Expression<?>> groupsToInline(SelectQuery q) {
        Set<Expression<?>> found = null;
        for (Expression<?> g : q.groupBy()) {
            Expression<?> e = g instanceof Aliased<?> a ? a.expression() : g;
            if (holdsValue(e)) {
                if (found == null) {
                    found = new HashSet<>(4);
                }
                found.add(e);
            }
        }
        return found;
    }

    /** Whether a value is bound somewhere inside {@code e} (not inside a subquery, which has its own select). */
    private static boolean holdsValue(Expression<?> e) {
        if (e instanceof Param<?>) {
            return true;
        }
        if (e instanceof FunctionCall<?> f) {
            return f.arguments().stream().anyMatch(SelectRenderer::holdsValue);
        }
        if (e instanceof Arithmetic<?> a) {
            return holdsValue(a.left()) || holdsValue(a.right());
        }
        if (e instanceof Cast<?> c) {
            return holdsValue(c.expression());
        }
        return e instanceof CaseWhen<?>; // its branches compare with and return values
    }

    private void whole(SelectQuery q, SqlWriter w) {
        core(q, w);
        List<SetOperation> ops = q.setOperations();
        for (int i = 0; i < ops.size(); i++) {
            SetOperation op = ops.get(i);
            w.append(op.all() ? " UNION ALL " : " UNION ");
            member(op.query(), i + 1, w);
        }
        if (!q.orderBy().isEmpty()) {
            w.append(" ORDER BY ");
            if (ops.isEmpty()) {
                sortFields(q.orderBy(), w);
            } else {
                compoundSortFields(q, w);
            }
        }
        limitOffset(q.limit(), q.offset(), w);
    }

    /** SELECT ... HAVING: everything but UNION, ORDER BY and LIMIT. */
    private void core(SelectQuery q, SqlWriter w) {
        w.append(q.distinct() ? "SELECT DISTINCT " : "SELECT ");
        Map<Expression<?>, String> named = q.having() != null && havingNamesSelectItems() ? new HashMap<>() : null;
        selectList(named == null ? q.selections() : namedItems(q.selections(), named), w);
        if (q.from() != null) {
            w.append(" FROM ");
            fromItem(q.from(), w);
            for (Join j : q.joins()) {
                w.append(j.type() == JoinType.LEFT ? " LEFT JOIN " : " JOIN ");
                fromItem(j.item(), w);
                w.append(" ON ");
                condition(j.condition(), w);
            }
        }
        if (q.where() != null) {
            w.append(" WHERE ");
            condition(q.where(), w);
        }
        if (!q.groupBy().isEmpty()) {
            w.append(" GROUP BY ");
            list(q.groupBy(), w);
        }
        if (q.having() != null) {
            w.append(" HAVING ");
            Map<Expression<?>, String> outer = w.enterSelectItemNames(named);
            try {
                condition(q.having(), w);
            } finally {
                w.enterSelectItemNames(outer);
            }
        }
    }

    /**
     * Whether HAVING must name select items by their alias to use them: MariaDB does not match an expression in
     * HAVING with the same expression in the select list or GROUP BY, and looks for its bare columns instead
     * (error 1054, https://mariadb.com/kb/en/having/: HAVING may refer to select-list aliases). The others match
     * expressions, the standard rule.
     */
    protected boolean havingNamesSelectItems() {
        return false;
    }

    /**
     * The select list with every item that is an expression other than a bare column named: its own alias, or
     * {@code having_<n>} by position; {@code names} gets each expression's name. Rows map by position, so a name
     * changes nothing in what a query returns.
     */
    private static List<Selection<?>> namedItems(List<Selection<?>> items, Map<Expression<?>, String> names) {
        List<Selection<?>> named = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Selection<?> s = items.get(i);
            if (s instanceof Aliased<?> a) {
                if (!(a.expression() instanceof Column<?>)) {
                    names.putIfAbsent(a.expression(), a.alias());
                }
                named.add(s);
            } else if (s instanceof Expression<?> e && !(e instanceof Column<?>) && !names.containsKey(e)) {
                String alias = "having_" + (i + 1);
                names.put(e, alias);
                named.add(alias(e, alias));
            } else {
                named.add(s);
            }
        }
        return named;
    }

    private static <T> Aliased<T> alias(Expression<T> e, String alias) {
        return new Aliased<>(e, alias);
    }

    private void member(SelectQuery m, int n, SqlWriter w) {
        boolean simple = m.orderBy().isEmpty() && m.limit() == null && m.offset() == null
                && m.setOperations().isEmpty();
        if (simple) {
            Set<Expression<?>> outer = w.enterGroups(groupsToInline(m));
            try {
                core(m, w);
            } finally {
                w.exitGroups(outer);
            }
        } else {
            w.append("SELECT * FROM ");
            parenthesized(m, w);
            w.append(" AS ").identifier("union_" + n);
        }
    }

    /** A select list or RETURNING list: a table as all its columns in definition order, {@code expr AS "a"}. */
    protected final void selectList(List<Selection<?>> items, SqlWriter w) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            Selection<?> s = items.get(i);
            if (s instanceof Table<?> t) {
                List<Column<?>> columns = t.columns();
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        w.append(", ");
                    }
                    column(columns.get(c), w);
                }
            } else if (s instanceof Aliased<?> a) {
                operand(a.expression(), w);
                w.append(" AS ").identifier(a.alias());
            } else {
                expression((Expression<?>) s, w);
            }
        }
    }

    /** {@code "album" AS "a"}, {@code "album"} or {@code (select ...) AS "t"}. */
    protected final void fromItem(FromItem item, SqlWriter w) {
        if (item instanceof Table<?> t) {
            w.read(t);
            w.identifier(t.name());
            if (t.alias() != null && !w.isDmlTarget(t)) {
                w.append(" AS ").identifier(t.alias());
            }
        } else {
            DerivedTable d = (DerivedTable) item;
            parenthesized(d.query(), w);
            w.append(" AS ").identifier(d.alias());
        }
    }

    @Override
    protected final void sortFields(List<SortField<?>> fields, SqlWriter w) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            SortField<?> f = fields.get(i);
            if (emulatesNulls(f)) {
                operand(f.expression(), w);
                w.append(f.nulls() == NullOrder.FIRST ? " IS NOT NULL, " : " IS NULL, ");
            }
            expression(f.expression(), w);
            direction(f, w);
        }
    }

    /**
     * Where the database lacks {@code NULLS FIRST/LAST} (MariaDB, https://mariadb.com/kb/en/null-values/#ordering;
     * SQLite before 3.30), a leading {@code x IS NULL} term sorts the NULLs: false (0) sorts before true (1).
     */
    private boolean emulatesNulls(SortField<?> f) {
        return f.nulls() != NullOrder.DEFAULT && !capabilities.nullsOrder();
    }

    private void direction(SortField<?> f, SqlWriter w) {
        if (f.descending()) {
            w.append(" DESC");
        }
        if (f.nulls() != NullOrder.DEFAULT && capabilities.nullsOrder()) {
            w.append(f.nulls() == NullOrder.FIRST ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    /** ORDER BY of a compound select: each term by its position in the result, or as written if not selected. */
    private void compoundSortFields(SelectQuery q, SqlWriter w) {
        for (int i = 0; i < q.orderBy().size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            SortField<?> f = q.orderBy().get(i);
            OutputColumn out = OutputColumn.find(q.selections(), f.expression());
            if (out == null) {
                sortFields(List.of(f), w);
                continue;
            }
            if (emulatesNulls(f)) {
                if (out.name() == null) {
                    throw new UnsupportedFeatureException(database + " cannot sort a UNION with NULLS FIRST/LAST "
                            + "by an unnamed expression; name it with as(...)");
                }
                w.identifier(out.name()).append(f.nulls() == NullOrder.FIRST ? " IS NOT NULL, " : " IS NULL, ");
            }
            w.append(out.position());
            direction(f, w);
        }
    }

    /**
     * LIMIT and OFFSET, both bound parameters. Standard SQL allows OFFSET alone; where a database does not
     * ({@link #unboundedLimit()}), OFFSET comes with a LIMIT that never binds.
     */
    private void limitOffset(Expression<Long> limit, Expression<Long> offset, SqlWriter w) {
        if (limit != null) {
            w.append(" LIMIT ");
            expression(limit, w);
        } else if (offset != null && unboundedLimit() != null) {
            w.append(" LIMIT ").append(unboundedLimit());
        }
        if (offset != null) {
            w.append(" OFFSET ");
            expression(offset, w);
        }
    }

    /** The LIMIT that means "all rows", for an OFFSET without a limit; null where OFFSET may stand alone. */
    protected String unboundedLimit() {
        return null;
    }

    /**
     * A result column of a select: its 1-based position and the name a database gives it (the column's name or
     * the alias; null for an unnamed expression).
     */
    private record OutputColumn(int position, String name) {

        static OutputColumn find(List<Selection<?>> selections, Expression<?> sorted) {
            int position = 0;
            for (Selection<?> s : selections) {
                if (s instanceof Table<?> t) {
                    for (Column<?> c : t.columns()) {
                        position++;
                        if (c.equals(sorted)) {
                            return new OutputColumn(position, c.name());
                        }
                    }
                } else {
                    position++;
                    if (matches(s, sorted)) {
                        return new OutputColumn(position, nameOf(s));
                    }
                }
            }
            return null;
        }

        private static boolean matches(Selection<?> s, Expression<?> sorted) {
            if (s.equals(sorted)) {
                return true;
            }
            if (s instanceof Aliased<?> a) {
                return a.expression().equals(sorted) || sorted instanceof FieldRef<?> f && f.qualifier() == null
                        && f.name().equals(a.alias());
            }
            return false;
        }

        private static String nameOf(Selection<?> s) {
            if (s instanceof Aliased<?> a) {
                return a.alias();
            }
            return s instanceof Column<?> c ? c.name() : null;
        }
    }
}
