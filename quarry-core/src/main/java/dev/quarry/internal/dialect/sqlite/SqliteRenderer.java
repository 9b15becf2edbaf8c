package dev.quarry.internal.dialect.sqlite;

import dev.quarry.spi.Capabilities;
import dev.quarry.internal.dialect.render.SqlRenderer;
import dev.quarry.internal.dialect.render.SqlWriter;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.ArithmeticOperator;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.Cast;
import dev.quarry.query.DatePart;
import dev.quarry.query.Like;
import dev.quarry.query.Param;
import dev.quarry.query.Expression;
import dev.quarry.query.SqlFunction;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import java.util.List;

/** SQLite's spelling of queries: the shared renderer with SQLite's few differences. Immutable. */
final class SqliteRenderer extends SqlRenderer {

    SqliteRenderer(String database, Capabilities capabilities) {
        super(database, capabilities, SqliteDialect.QUOTING);
    }

    /** Quarry's Unicode {@code quarry_lower}/{@code quarry_upper}: SQLite's built-ins fold ASCII only. */
    @Override
    protected void caseFold(String function, Expression<?> argument, SqlWriter w) {
        w.append(function.equals("UPPER") ? "quarry_upper(" : "quarry_lower(");
        expression(argument, w);
        w.append(')');
    }

    /**
     * A case-sensitive LIKE as GLOB ({@link SqliteGlob}): a pattern given as a value is translated here and still
     * bound, so a prefix pattern can use an index; any other goes through {@code quarry_glob}. Ignoring case, both
     * sides are folded by {@code quarry_lower} and SQLite's own LIKE compares them (its ASCII folding changes
     * nothing once both sides are lower case).
     */
    @Override
    protected void like(Like l, SqlWriter w) {
        if (l.ignoreCase()) {
            super.like(l, w);
            return;
        }
        operand(l.value(), w);
        w.append(l.negated() ? " NOT GLOB " : " GLOB ");
        if (l.pattern() instanceof Param<String> p && p.value() != null) {
            operand(new Param<>(SqliteGlob.fromLike(p.value()), DataType.STRING), w);
        } else {
            w.append(SqliteGlob.FUNCTION).append('(');
            expression(l.pattern(), w);
            w.append(')');
        }
    }

    /** {@code length(x)} counts characters of text (https://www.sqlite.org/lang_corefunc.html#length). */
    @Override
    protected String functionName(SqlFunction f) {
        return f == SqlFunction.LENGTH ? "length" : f.name();
    }

    /**
     * SQLite keeps dates as text in the codecs' layout, which its date functions read
     * (https://www.sqlite.org/lang_datefunc.html); instants are stored in UTC already.
     */
    @Override
    protected void datePart(SqlFunction part, Expression<?> arg, SqlWriter w) {
        String format = part == SqlFunction.YEAR ? "%Y" : part == SqlFunction.MONTH ? "%m" : "%d";
        w.append("CAST(strftime('").append(format).append("', ");
        expression(arg, w);
        w.append(") AS INTEGER)");
    }

    /**
     * SQLite's own {@code round(x, d)} rounds the binary value (2.675 to 2.67) and takes no negative {@code d}
     * (https://www.sqlite.org/lang_corefunc.html#round): {@link SqliteRound} rounds the decimal value as the other
     * databases do. A decimal is read as its 15 significant digits (what {@link SqliteDecimalCodec} reads), a double
     * as its shortest decimal form.
     */
    @Override
    protected void round(Expression<?> x, int digits, SqlWriter w) {
        w.append(SqliteRound.NAME).append('(');
        expression(x, w);
        w.append(", ").append(digits).append(x.type().kind() == SqlType.DECIMAL ? ", 1)" : ", 0)");
    }

    /**
     * SQLite has no lpad/rpad: the fill repeated {@code length} times ({@code replace(hex(zeroblob(n)), '00', fill)},
     * https://www.sqlite.org/lang_corefunc.html#zeroblob), cut to what the text lacks; a longer text is cut to
     * {@code length} as on the other databases. {@code length()} and {@code substr()} count characters.
     */
    @Override
    protected void pad(boolean left, Expression<?> text, int length, Expression<?> fill, SqlWriter w) {
        w.append("CASE WHEN length(");
        expression(text, w);
        w.append(") >= ").append(length).append(" THEN substr(");
        expression(text, w);
        w.append(", 1, ").append(length).append(") ELSE ");
        if (!left) {
            operand(text, w);
            w.append(" || ");
        }
        w.append("substr(replace(hex(zeroblob(").append(length).append(")), '00', ");
        expression(fill, w);
        w.append("), 1, ").append(length).append(" - length(");
        expression(text, w);
        w.append("))");
        if (left) {
            w.append(" || ");
            operand(text, w);
        }
        w.append(" END");
    }

    /** The scalar {@code max(a, b, ...)} / {@code min(...)}, NULL if any argument is (lang_corefunc.html#max_scalar). */
    @Override
    protected void extreme(boolean greatest, List<Expression<?>> args, SqlWriter w) {
        w.append(greatest ? "max(" : "min(");
        list(args, w);
        w.append(')');
    }

    /** {@code date(x)} (https://www.sqlite.org/lang_datefunc.html): instants are stored as UTC text already. */
    @Override
    protected void date(Expression<?> x, SqlWriter w) {
        w.append("date(");
        expression(x, w);
        w.append(')');
    }

    /** {@code strftime} writing the start of the part in the text form the codecs read. */
    @Override
    protected void trunc(Expression<?> x, DatePart part, SqlWriter w) {
        boolean date = x.type().kind() == SqlType.LOCAL_DATE;
        w.append("strftime(");
        w.append(switch (part) {
            case YEAR -> date ? "'%Y-01-01', " : "'%Y-01-01 00:00:00', ";
            case MONTH -> date ? "'%Y-%m-01', " : "'%Y-%m-01 00:00:00', ";
            case DAY -> date ? "'%Y-%m-%d', " : "'%Y-%m-%d 00:00:00', ";
            case HOUR -> "'%Y-%m-%d %H:00:00', ";
            case MINUTE -> "'%Y-%m-%d %H:%M:00', ";
        });
        expression(x, w);
        w.append(')');
    }

    /** {@code strftime} (https://www.sqlite.org/lang_datefunc.html#strftime). */
    @Override
    protected void format(Expression<?> x, DatePart part, SqlWriter w) {
        w.append("strftime(");
        w.append(switch (part) {
            case YEAR -> "'%Y', ";
            case MONTH -> "'%Y-%m', ";
            case DAY -> "'%Y-%m-%d', ";
            case HOUR -> "'%Y-%m-%d %H:00', ";
            case MINUTE -> "'%Y-%m-%d %H:%M', ";
        });
        expression(x, w);
        w.append(')');
    }

    /**
     * Dates and times are text here: a cast to one writes the text form the codecs read, with SQLite's date
     * functions (which read ISO text with a space or a {@code T}) and the fraction of a second kept as written,
     * without trailing zeros, since {@code strftime}'s {@code %f} keeps milliseconds only.
     */
    @Override
    protected void cast(Cast<?> c, SqlWriter w) {
        Expression<?> x = c.expression();
        SqlType from = x.type().kind();
        switch (c.type().kind()) {
            case LOCAL_DATE -> date(x, w);
            case LOCAL_DATE_TIME -> {
                if (from == SqlType.STRING) {
                    w.append("(strftime('%Y-%m-%d %H:%M:%S', ");
                    expression(x, w);
                    w.append(") || ");
                    fraction(x, w);
                    w.append(')');
                } else if (from == SqlType.LOCAL_DATE) {
                    w.append("datetime(");
                    expression(x, w);
                    w.append(')');
                } else {
                    expression(x, w); // a date-time, or an instant as its UTC text: the same form
                }
            }
            case LOCAL_TIME -> {
                if (from == SqlType.LOCAL_TIME) {
                    expression(x, w);
                } else {
                    w.append("(strftime('%H:%M:%S', ");
                    expression(x, w);
                    w.append(") || ");
                    fraction(x, w);
                    w.append(')');
                }
            }
            default -> super.cast(c, w);
        }
    }

    /** The fraction of a second of time text {@code x}, {@code .5} for {@code .500}, or '' if none. */
    private void fraction(Expression<?> x, SqlWriter w) {
        w.append("CASE WHEN instr(");
        expression(x, w);
        w.append(", '.') > 0 THEN rtrim(rtrim(substr(");
        expression(x, w);
        w.append(", instr(");
        expression(x, w);
        w.append(", '.')), '0'), '.') ELSE '' END");
    }

    /** SQLite's cast targets are affinities (https://www.sqlite.org/lang_expr.html#castexpr). */
    @Override
    protected String castType(DataType<?> t) {
        switch (t.kind()) {
            case SHORT:
            case INT:
            case LONG:
                return "INTEGER";
            case DOUBLE:
                return "REAL";
            case DECIMAL:
                return "NUMERIC";
            default:
                return "TEXT";
        }
    }

    /**
     * A DECIMAL column has NUMERIC affinity, which stores 10.00 as the integer 10
     * (https://www.sqlite.org/datatype3.html#type_affinity), and integer / integer truncates; dividing decimals
     * goes through REAL so that 10.00 / 4 is 2.5 as on the other databases.
     */
    @Override
    protected void arithmetic(Arithmetic<?> a, SqlWriter w) {
        if (a.operator() == ArithmeticOperator.DIVIDE && a.type().kind() == SqlType.DECIMAL) {
            w.append("(CAST(");
            expression(a.left(), w);
            w.append(" AS REAL) / ");
            operand(a.right(), w);
            w.append(')');
            return;
        }
        super.arithmetic(a, w);
    }

    /** OFFSET needs a LIMIT; a negative one means none (https://www.sqlite.org/lang_select.html#limitoffset). */
    @Override
    protected String unboundedLimit() {
        return "-1";
    }

    /**
     * An upsert's SELECT source is read as {@code FROM t ON CONFLICT} unless it has a WHERE clause
     * (https://www.sqlite.org/lang_upsert.html, "Parsing Ambiguity"): wrap it in one that always holds.
     */
    @Override
    protected void insertSelect(InsertQuery q, SqlWriter w) {
        if (q.conflict() == null) {
            super.insertSelect(q, w);
            return;
        }
        w.append("SELECT * FROM (");
        super.insertSelect(q, w);
        w.append(") WHERE 1 = 1");
    }
}
