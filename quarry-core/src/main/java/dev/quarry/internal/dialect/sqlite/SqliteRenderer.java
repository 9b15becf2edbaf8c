package dev.quarry.internal.dialect.sqlite;

import dev.quarry.spi.Capabilities;
import dev.quarry.internal.dialect.render.SqlRenderer;
import dev.quarry.internal.dialect.render.SqlWriter;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.ArithmeticOperator;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.Like;
import dev.quarry.query.Param;
import dev.quarry.query.Expression;
import dev.quarry.query.SqlFunction;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;

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
