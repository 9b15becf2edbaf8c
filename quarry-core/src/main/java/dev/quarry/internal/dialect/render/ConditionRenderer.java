package dev.quarry.internal.dialect.render;

import dev.quarry.spi.Capabilities;
import dev.quarry.query.And;
import dev.quarry.query.Between;
import dev.quarry.query.Comparison;
import dev.quarry.query.Condition;
import dev.quarry.query.Exists;
import dev.quarry.query.InList;
import dev.quarry.query.InSubquery;
import dev.quarry.query.IsNull;
import dev.quarry.query.Like;
import dev.quarry.query.Not;
import dev.quarry.query.Or;
import java.util.List;

/**
 * Renders conditions. A condition renders the same in WHERE, ON, HAVING, CASE and a select list: every database
 * accepts a condition as a value (SQLite and MariaDB yield 0/1, PostgreSQL a boolean; the engine reads it as a
 * BOOLEAN). Constant conditions (an empty IN list, AND or OR) render as {@code 1 = 1} / {@code 1 = 0}, which all
 * three accept where a bare TRUE would not be portable. Immutable and thread-safe.
 */
public abstract class ConditionRenderer extends ExpressionRenderer {
    private static final String TRUE = "1 = 1";
    private static final String FALSE = "1 = 0";

    protected ConditionRenderer(String database, Capabilities capabilities, Quoting quoting) {
        super(database, capabilities, quoting);
    }

    @Override
    protected final void condition(Condition c, SqlWriter w) {
        if (c instanceof Comparison x) {
            comparison(x, w);
        } else if (c instanceof And a) {
            junction(a.conditions(), " AND ", TRUE, w);
        } else if (c instanceof Or o) {
            junction(o.conditions(), " OR ", FALSE, w);
        } else if (c instanceof Not n) {
            w.append("NOT (");
            condition(n.condition(), w);
            w.append(')');
        } else if (c instanceof IsNull n) {
            operand(n.value(), w);
            w.append(n.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (c instanceof InList in) {
            inList(in, w);
        } else if (c instanceof Like l) {
            like(l, w);
        } else if (c instanceof Between b) {
            between(b, w);
        } else if (c instanceof InSubquery in) {
            inSubquery(in, w);
        } else if (c instanceof Exists e) {
            w.append(e.negated() ? "NOT EXISTS " : "EXISTS ");
            parenthesized(e.subquery(), w);
        } else {
            throw new IllegalArgumentException("unknown condition " + c.getClass().getName());
        }
    }

    private void comparison(Comparison c, SqlWriter w) {
        operand(c.left(), w);
        w.append(switch (c.operator()) {
            case EQ -> " = ";
            case NE -> " <> ";
            case LT -> " < ";
            case LE -> " <= ";
            case GT -> " > ";
            case GE -> " >= ";
        });
        operand(c.right(), w);
    }

    /** {@code a AND b AND c}, nested junctions in parentheses; an empty one is {@code empty}. */
    private void junction(List<Condition> parts, String operator, String empty, SqlWriter w) {
        if (parts.isEmpty()) {
            w.append(empty);
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.append(operator);
            }
            Condition part = parts.get(i);
            boolean nested = parts.size() > 1 && (part instanceof And || part instanceof Or);
            if (nested) {
                w.append('(');
            }
            condition(part, w);
            if (nested) {
                w.append(')');
            }
        }
    }

    /** An empty list matches nothing (everything when negated): {@code IN ()} is a syntax error on PostgreSQL. */
    private void inList(InList in, SqlWriter w) {
        if (in.items().isEmpty()) {
            w.append(in.negated() ? TRUE : FALSE);
            return;
        }
        operand(in.value(), w);
        w.append(in.negated() ? " NOT IN (" : " IN (");
        list(in.items(), w);
        w.append(')');
    }

    /** {@code value [NOT] IN (subquery)}. */
    protected void inSubquery(InSubquery in, SqlWriter w) {
        operand(in.value(), w);
        w.append(in.negated() ? " NOT IN " : " IN ");
        parenthesized(in.subquery(), w);
    }

    /**
     * {@code value [NOT] LIKE pattern ESCAPE '\'}; ignoring case, both sides are lower-cased, which gives the same
     * answer on every database whatever its collation.
     */
    protected void like(Like l, SqlWriter w) {
        if (l.ignoreCase()) {
            caseFold("LOWER", l.value(), w);
        } else {
            operand(l.value(), w);
        }
        w.append(l.negated() ? " NOT LIKE " : " LIKE ");
        if (l.ignoreCase()) {
            caseFold("LOWER", l.pattern(), w);
        } else {
            operand(l.pattern(), w);
        }
        w.append(" ESCAPE ").append(escapeLiteral());
    }

    /**
     * The SQL literal of {@link Like#ESCAPE}: {@code '\'} in standard SQL, where a backslash in a string literal is
     * an ordinary character.
     */
    protected String escapeLiteral() {
        return "'\\'";
    }

    private void between(Between b, SqlWriter w) {
        operand(b.value(), w);
        w.append(b.negated() ? " NOT BETWEEN " : " BETWEEN ");
        operand(b.low(), w);
        w.append(" AND ");
        operand(b.high(), w);
    }
}
