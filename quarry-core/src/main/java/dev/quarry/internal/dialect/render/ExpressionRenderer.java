package dev.quarry.internal.dialect.render;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.spi.Capabilities;
import dev.quarry.query.Aggregate;
import dev.quarry.query.Aliased;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.CaseWhen;
import dev.quarry.query.Cast;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.DatePart;
import dev.quarry.query.Excluded;
import dev.quarry.query.Expression;
import dev.quarry.query.FieldRef;
import dev.quarry.query.FunctionCall;
import dev.quarry.query.Param;
import dev.quarry.query.Placeholder;
import dev.quarry.query.ScalarSubquery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.SortField;
import dev.quarry.query.SqlFunction;
import dev.quarry.schema.DataType;
import dev.quarry.query.Table;
import dev.quarry.query.UserFunctionCall;
import dev.quarry.query.WindowFunction;
import dev.quarry.schema.SqlType;
import java.util.List;

/**
 * Renders the value expressions of the query tree (columns, parameters, functions, arithmetic, aggregates, window
 * functions, CASE, subqueries), in standard SQL with a few hooks a dialect overrides where its spelling differs.
 * Conditions are rendered by {@link ConditionRenderer}, whole statements by the subclasses.
 *
 * <p>Every value becomes a {@code ?} with its {@link Param} or {@link Placeholder} added to the writer's parameter
 * list; nothing a user supplies is ever written into the SQL text except identifiers, which are always quoted, the
 * values of a grouped expression (see {@link #expression}), escaped by the dialect, and the whole numbers that give a
 * function its shape ({@code round}'s digits, {@code lpad}'s length, {@code substring}'s positions), which
 * {@link dev.quarry.query.Dsl} takes as Java {@code int}s and which are written as numbers.
 * Immutable and thread-safe: all state of one rendering lives in its {@link SqlWriter}.
 */
public abstract class ExpressionRenderer {
    /** Names the database and version in messages, e.g. "SQLite 3.34.0". */
    protected final String database;
    /** What the database can do. */
    protected final Capabilities capabilities;
    /** How it quotes identifiers. */
    protected final Quoting quoting;

    protected ExpressionRenderer(String database, Capabilities capabilities, Quoting quoting) {
        this.database = database;
        this.capabilities = capabilities;
        this.quoting = quoting;
    }

    /**
     * Renders {@code e} where a value is expected. A grouped expression holding a value (see
     * {@link SelectRenderer}) is written with its values inline wherever it appears in its select, so PostgreSQL sees
     * the select item, the GROUP BY item, HAVING and ORDER BY as the same expression; each bound value would be a
     * parameter of its own, and PostgreSQL does not take {@code coalesce(c, $1)} and {@code coalesce(c, $2)} for one
     * expression (SQLSTATE 42803, https://www.postgresql.org/docs/current/sql-select.html#SQL-GROUPBY).
     */
    public final void expression(Expression<?> e, SqlWriter w) {
        String name = w.selectItemName(e);
        if (name != null) {
            w.identifier(name);
            return;
        }
        if (w.isGroupToInline(e)) {
            w.beginInline();
            try {
                value(e, w);
            } finally {
                w.endInline();
            }
            return;
        }
        value(e, w);
    }

    private void value(Expression<?> e, SqlWriter w) {
        if (e instanceof Column<?> c) {
            column(c, w);
        } else if (e instanceof Param<?> p && w.inlining() && inlineLiteral(p.value(), w)) {
            return;
        } else if (e instanceof Param<?> || e instanceof Placeholder<?>) {
            w.param(e);
        } else if (e instanceof Condition c) {
            condition(c, w);
        } else if (e instanceof FunctionCall<?> f) {
            functionCall(f, w);
        } else if (e instanceof Cast<?> c) {
            cast(c, w);
        } else if (e instanceof UserFunctionCall<?> f) {
            userFunctionCall(f, w);
        } else if (e instanceof Arithmetic<?> a) {
            arithmetic(a, w);
        } else if (e instanceof Aggregate<?> a) {
            aggregate(a, w);
        } else if (e instanceof WindowFunction<?> f) {
            windowFunction(f, w);
        } else if (e instanceof CaseWhen<?> c) {
            caseWhen(c, w);
        } else if (e instanceof ScalarSubquery<?> s) {
            parenthesized(s.query(), w);
        } else if (e instanceof Aliased<?> a) {
            // Outside the select list an aliased expression stands for itself, which every database accepts
            // wherever the alias would be (the alias alone is not allowed inside expressions on PostgreSQL).
            expression(a.expression(), w);
        } else if (e instanceof FieldRef<?> f) {
            fieldRef(f, w);
        } else if (e instanceof Excluded<?> x) {
            excluded(x, w);
        } else {
            throw new IllegalArgumentException("unknown expression " + e.getClass().getName());
        }
    }

    /** Renders {@code c} as a value or a filter: a comparison, IN, LIKE, AND... */
    protected abstract void condition(Condition c, SqlWriter w);

    /** Renders a complete select, without parentheses. */
    protected abstract void select(SelectQuery q, SqlWriter w);

    /** {@code (select)}. */
    protected final void parenthesized(SelectQuery q, SqlWriter w) {
        w.append('(');
        select(q, w);
        w.append(')');
    }

    /**
     * A column, qualified by its table's alias or name. In a DML statement the target table is never aliased (MariaDB
     * rejects {@code DELETE FROM t AS a}), so its columns are qualified by the table's own name.
     */
    protected void column(Column<?> c, SqlWriter w) {
        Table<?> t = c.table();
        w.identifier(w.isDmlTarget(t) ? t.name() : t.qualifier()).append('.').identifier(c.name());
    }

    private void fieldRef(FieldRef<?> f, SqlWriter w) {
        if (f.qualifier() != null) {
            w.identifier(f.qualifier()).append('.');
        }
        w.identifier(f.name());
    }

    /** In an upsert's update part, the value the insert tried to write: {@code excluded."c"} (SQL standard-ish). */
    protected void excluded(Excluded<?> x, SqlWriter w) {
        w.append("excluded.").identifier(x.column().name());
    }

    /**
     * Writes {@code value} as a SQL literal if it is one Quarry writes safely inline (a whole number, or text without
     * NUL or surrogates), and says whether it did; anything else stays a bound parameter.
     */
    private boolean inlineLiteral(Object value, SqlWriter w) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            w.append(value.toString());
            return true;
        }
        if (value instanceof String s && plainText(s)) {
            stringLiteral(s, w);
            return true;
        }
        return false;
    }

    /**
     * Text without NUL and without surrogates: what every driver and database carries unchanged inside a literal.
     * A lone surrogate would become '?' on the way (see {@code WellFormedText}), so text with any surrogate stays a
     * parameter, where the codec checks it.
     */
    private static boolean plainText(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Appends {@code text} as a string literal. Standard SQL doubles the quote mark, which is all SQLite and
     * PostgreSQL with {@code standard_conforming_strings} need; dialects whose strings treat backslashes specially
     * override this.
     */
    protected void stringLiteral(String text, SqlWriter w) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                b.append('\'');
            }
            b.append(c);
        }
        w.append(b.append('\'').toString());
    }

    /** An operand that must not mix with the operator around it: conditions go in parentheses. */
    protected final void operand(Expression<?> e, SqlWriter w) {
        if (e instanceof Condition) {
            w.append('(');
            expression(e, w);
            w.append(')');
        } else {
            expression(e, w);
        }
    }

    /** A comma-separated list of expressions. */
    protected final void list(List<? extends Expression<?>> items, SqlWriter w) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                w.append(", ");
            }
            expression(items.get(i), w);
        }
    }

    private void functionCall(FunctionCall<?> f, SqlWriter w) {
        List<Expression<?>> a = f.arguments();
        switch (f.function()) {
            case CONCAT -> concat(a, w);
            case LOWER, UPPER -> caseFold(f.function().name(), a.get(0), w);
            case YEAR, MONTH, DAY -> datePart(f.function(), a.get(0), w);
            case ROUND -> round(a.get(0), intConstant(a.get(1)), w);
            case LPAD, RPAD -> pad(f.function() == SqlFunction.LPAD, a.get(0), intConstant(a.get(1)), a.get(2), w);
            case SUBSTRING -> {
                w.append("substr(");
                expression(a.get(0), w);
                w.append(", ").append(intConstant(a.get(1)));
                if (a.size() > 2) {
                    w.append(", ").append(intConstant(a.get(2)));
                }
                w.append(')');
            }
            case GREATEST, LEAST -> extreme(f.function() == SqlFunction.GREATEST, a, w);
            case DATE -> date(a.get(0), w);
            case TRUNC -> trunc(a.get(0), part(a.get(1)), w);
            case FORMAT -> format(a.get(0), part(a.get(1)), w);
            default -> {
                w.append(functionName(f.function())).append('(');
                list(a, w);
                w.append(')');
            }
        }
    }

    /**
     * The value of an {@code int} that gives a function its shape (digits, a length, a position): {@link
     * dev.quarry.query.Dsl} builds it as a {@link Param} from a Java {@code int}, and it is written as a number.
     */
    protected static int intConstant(Expression<?> e) {
        return (Integer) ((Param<?>) e).value();
    }

    private static DatePart part(Expression<?> e) {
        return (DatePart) ((Param<?>) e).value();
    }

    /** Whether values of {@code type} are an instant, stored in UTC. */
    protected static boolean zoned(DataType<?> type) {
        return type.kind() == SqlType.INSTANT || type.kind() == SqlType.OFFSET_DATE_TIME;
    }

    /**
     * {@code round(x, digits)}, half away from zero. A decimal: {@code round(numeric, int)} rounds the exact value
     * so (https://www.postgresql.org/docs/current/functions-math.html). A double: its shortest decimal text (what
     * {@code float8out} writes when {@code extra_float_digits} is positive, as pgjdbc sets it), rounded as a
     * numeric and converted back: PostgreSQL has no {@code round(double precision, integer)}, and its
     * {@code round(double precision)} rounds half to even.
     */
    protected void round(Expression<?> x, int digits, SqlWriter w) {
        if (x.type().kind() == SqlType.DECIMAL) {
            w.append("round(");
            expression(x, w);
            w.append(", ").append(digits).append(')');
        } else {
            w.append("CAST(round(CAST(CAST(");
            expression(x, w);
            w.append(" AS TEXT) AS NUMERIC), ").append(digits).append(") AS DOUBLE PRECISION)");
        }
    }

    /**
     * {@code lpad(text, length, fill)} / {@code rpad(...)}: padded with {@code fill} or cut to {@code length}
     * characters (https://www.postgresql.org/docs/current/functions-string.html, https://mariadb.com/kb/en/lpad/).
     */
    protected void pad(boolean left, Expression<?> text, int length, Expression<?> fill, SqlWriter w) {
        w.append(left ? "lpad(" : "rpad(");
        expression(text, w);
        w.append(", ").append(length).append(", ");
        expression(fill, w);
        w.append(')');
    }

    /**
     * {@code GREATEST(...)} / {@code LEAST(...)}, NULL if any argument is: MariaDB's
     * (https://mariadb.com/kb/en/greatest/), which PostgreSQL's dialect overrides.
     */
    protected void extreme(boolean greatest, List<Expression<?>> args, SqlWriter w) {
        w.append(greatest ? "GREATEST(" : "LEAST(");
        list(args, w);
        w.append(')');
    }

    /** The date of a date-time, or of an instant in UTC: {@code CAST(x AS DATE)}. */
    protected void date(Expression<?> x, SqlWriter w) {
        if (x.type().kind() == SqlType.LOCAL_DATE) {
            expression(x, w);
            return;
        }
        w.append("CAST(");
        utc(x, w);
        w.append(" AS DATE)");
    }

    /**
     * {@code x} as a local date-time: a timestamptz at UTC (https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-ZONECONVERT),
     * anything else as it is.
     */
    protected void utc(Expression<?> x, SqlWriter w) {
        if (zoned(x.type())) {
            w.append('(');
            operand(x, w);
            w.append(" AT TIME ZONE 'UTC')");
        } else {
            operand(x, w);
        }
    }

    /**
     * {@code date_trunc} (https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-TRUNC):
     * of a date through a timestamp and back, of an instant at UTC and back to a timestamptz.
     */
    protected void trunc(Expression<?> x, DatePart part, SqlWriter w) {
        String unit = "'" + part.name().toLowerCase(java.util.Locale.ROOT) + "'";
        switch (x.type().kind()) {
            case LOCAL_DATE -> {
                w.append("CAST(date_trunc(").append(unit).append(", CAST(");
                expression(x, w);
                w.append(" AS TIMESTAMP)) AS DATE)");
            }
            case LOCAL_DATE_TIME -> {
                w.append("date_trunc(").append(unit).append(", ");
                expression(x, w);
                w.append(')');
            }
            default -> {
                w.append("(date_trunc(").append(unit).append(", ");
                utc(x, w);
                w.append(") AT TIME ZONE 'UTC')");
            }
        }
    }

    /** {@code to_char} (https://www.postgresql.org/docs/current/functions-formatting.html), instants at UTC. */
    protected void format(Expression<?> x, DatePart part, SqlWriter w) {
        w.append("to_char(");
        utc(x, w);
        w.append(switch (part) {
            case YEAR -> ", 'YYYY')";
            case MONTH -> ", 'YYYY-MM')";
            case DAY -> ", 'YYYY-MM-DD')";
            case HOUR -> ", 'YYYY-MM-DD HH24:00')";
            case MINUTE -> ", 'YYYY-MM-DD HH24:MI')";
        });
    }

    /**
     * A part of a date as an integer, standard SQL's {@code EXTRACT}; a timestamptz is read in UTC, not in the
     * session's zone (https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-EXTRACT).
     */
    protected void datePart(SqlFunction part, Expression<?> arg, SqlWriter w) {
        w.append("CAST(EXTRACT(").append(part.name()).append(" FROM ");
        SqlType kind = arg.type().kind();
        boolean zoned = kind == SqlType.INSTANT || kind == SqlType.OFFSET_DATE_TIME;
        if (zoned) {
            w.append('(');
        }
        operand(arg, w);
        if (zoned) {
            w.append(" AT TIME ZONE 'UTC')");
        }
        w.append(") AS INTEGER)");
    }

    /**
     * {@code CAST(x AS type)}; to a date or time from an instant, the instant at UTC first (see {@link Cast} for what
     * converts to what).
     */
    protected void cast(Cast<?> c, SqlWriter w) {
        w.append("CAST(");
        if (isTemporal(c.type())) {
            utc(c.expression(), w);
        } else {
            operand(c.expression(), w);
        }
        w.append(" AS ").append(castType(c.type())).append(')');
    }

    /** Whether {@code type} is a local date, date-time or time: a temporal target of {@link Cast}. */
    protected static boolean isTemporal(DataType<?> type) {
        return type.kind() == SqlType.LOCAL_DATE || type.kind() == SqlType.LOCAL_DATE_TIME
                || type.kind() == SqlType.LOCAL_TIME;
    }

    /** The type name a {@link Cast} converts to (standard SQL, PostgreSQL's spelling). */
    protected String castType(DataType<?> t) {
        switch (t.kind()) {
            case SHORT:
                return "SMALLINT";
            case INT:
                return "INTEGER";
            case LONG:
                return "BIGINT";
            case DOUBLE:
                return "DOUBLE PRECISION";
            case DECIMAL:
                return "NUMERIC(" + t.precision() + ", " + t.scale() + ")";
            case LOCAL_DATE:
                return "DATE";
            case LOCAL_DATE_TIME:
                return "TIMESTAMP";
            case LOCAL_TIME:
                return "TIME";
            default:
                return "TEXT";
        }
    }

    /**
     * {@code name(args)}, the name unquoted so each database applies its own case rules to it, as it does to the
     * built-in functions; {@link UserFunctionCall} admits only plain identifiers, so nothing else reaches the SQL.
     */
    private void userFunctionCall(UserFunctionCall<?> f, SqlWriter w) {
        w.append(f.name()).append('(');
        list(f.arguments(), w);
        w.append(')');
    }

    /** {@code LOWER(x)} or {@code UPPER(x)}: {@code function} is the name. */
    protected void caseFold(String function, Expression<?> argument, SqlWriter w) {
        w.append(function).append('(');
        expression(argument, w);
        w.append(')');
    }

    /** The name of a scalar function; LENGTH must count characters, not bytes. */
    protected String functionName(SqlFunction f) {
        return f == SqlFunction.LENGTH ? "CHAR_LENGTH" : f.name();
    }

    /** Joined texts, NULL if any is NULL: {@code (a || b)} in standard SQL. */
    protected void concat(List<Expression<?>> parts, SqlWriter w) {
        w.append('(');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.append(" || ");
            }
            operand(parts.get(i), w);
        }
        w.append(')');
    }

    /** {@code (left op right)}; integer division truncates ({@code /} does on SQLite and PostgreSQL). */
    protected void arithmetic(Arithmetic<?> a, SqlWriter w) {
        w.append('(');
        operand(a.left(), w);
        w.append(switch (a.operator()) {
            case ADD -> " + ";
            case SUBTRACT -> " - ";
            case MULTIPLY -> " * ";
            case DIVIDE -> " / ";
            case MODULO -> " % ";
        });
        operand(a.right(), w);
        w.append(')');
    }

    /** Whether values of {@code type} are whole numbers, which divide as integers on every database. */
    protected static boolean isInteger(SqlType type) {
        return type == SqlType.SHORT || type == SqlType.INT || type == SqlType.LONG;
    }

    private void aggregate(Aggregate<?> a, SqlWriter w) {
        w.append(a.function().name()).append('(');
        if (a.argument() == null) {
            w.append('*');
        } else {
            if (a.distinct()) {
                w.append("DISTINCT ");
            }
            expression(a.argument(), w);
        }
        w.append(')');
    }

    private void windowFunction(WindowFunction<?> f, SqlWriter w) {
        if (!capabilities.windowFunctions()) {
            throw new UnsupportedFeatureException(database + " has no window functions (OVER ...)");
        }
        if (f.kind() == WindowFunction.Kind.AGGREGATE) {
            aggregate(f.aggregate(), w);
        } else {
            w.append(f.kind().name()).append("()");
        }
        w.append(" OVER (");
        boolean partitioned = !f.window().partitionBy().isEmpty();
        if (partitioned) {
            w.append("PARTITION BY ");
            list(f.window().partitionBy(), w);
        }
        if (!f.window().orderBy().isEmpty()) {
            w.append(partitioned ? " ORDER BY " : "ORDER BY ");
            sortFields(f.window().orderBy(), w);
        }
        w.append(')');
    }

    /** Renders ORDER BY terms (without the keywords). */
    protected abstract void sortFields(List<SortField<?>> fields, SqlWriter w);

    private void caseWhen(CaseWhen<?> c, SqlWriter w) {
        w.append("CASE");
        for (CaseWhen.Branch<?> b : c.branches()) {
            w.append(" WHEN ");
            expression(b.condition(), w);
            w.append(" THEN ");
            operand(b.value(), w);
        }
        if (c.otherwise() != null) {
            w.append(" ELSE ");
            operand(c.otherwise(), w);
        }
        w.append(" END");
    }
}
