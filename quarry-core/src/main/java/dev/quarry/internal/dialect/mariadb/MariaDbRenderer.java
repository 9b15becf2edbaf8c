package dev.quarry.internal.dialect.mariadb;

import dev.quarry.spi.Capabilities;
import dev.quarry.internal.dialect.render.SelectRenderer;
import dev.quarry.internal.dialect.render.SqlRenderer;
import dev.quarry.internal.dialect.render.SqlWriter;
import dev.quarry.query.Arithmetic;
import dev.quarry.query.ArithmeticOperator;
import dev.quarry.query.Conflict;
import dev.quarry.query.DatePart;
import dev.quarry.query.Excluded;
import dev.quarry.query.Expression;
import dev.quarry.query.InSubquery;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.SqlFunction;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import java.util.List;

/** MariaDB's spelling of queries: the shared renderer with MariaDB's differences, each cited. Immutable. */
final class MariaDbRenderer extends SqlRenderer {
    private final boolean noBackslashEscapes;

    MariaDbRenderer(String database, Capabilities capabilities, boolean noBackslashEscapes) {
        super(database, capabilities, MariaDbDialect.QUOTING);
        this.noBackslashEscapes = noBackslashEscapes;
    }

    /** MariaDB matches no expression in HAVING with the select list's: see {@link SelectRenderer}. */
    @Override
    protected boolean havingNamesSelectItems() {
        return true;
    }

    /** {@code ||} is OR unless PIPES_AS_CONCAT (https://mariadb.com/kb/en/concat/); CONCAT is NULL if any part is. */
    @Override
    protected void concat(List<Expression<?>> parts, SqlWriter w) {
        w.append("CONCAT(");
        list(parts, w);
        w.append(')');
    }

    /** {@code YEAR(x)}, {@code MONTH(x)}, {@code DAYOFMONTH(x)} (https://mariadb.com/kb/en/date-time-functions/). */
    @Override
    protected void datePart(SqlFunction part, Expression<?> arg, SqlWriter w) {
        w.append(part == SqlFunction.DAY ? "DAYOFMONTH" : part.name()).append('(');
        expression(arg, w);
        w.append(')');
    }

    /**
     * {@code ROUND(x, d)} rounds a DECIMAL half away from zero, but a DOUBLE to even through the C library
     * (https://mariadb.com/kb/en/round/). A double goes through DECIMAL(65, 30), which holds its shortest decimal
     * form (MariaDB converts a double to a decimal by its shortest digits), and back; beyond 2^53 a double has no
     * fraction, and beyond 10^64 none of the digits a rounding to at most 30 places could change.
     */
    @Override
    protected void round(Expression<?> x, int digits, SqlWriter w) {
        if (x.type().kind() == SqlType.DECIMAL) {
            w.append("ROUND(");
            expression(x, w);
            w.append(", ").append(digits).append(')');
            return;
        }
        w.append("CASE WHEN ABS(");
        expression(x, w);
        if (digits >= 0) {
            w.append(") >= 9.007199254740992e15 THEN ");
            expression(x, w);
        } else {
            w.append(") >= 1e64 THEN ");
            expression(x, w);
            w.append(" WHEN ABS(");
            expression(x, w);
            w.append(") >= 9.007199254740992e15 THEN CAST(ROUND(CAST(");
            expression(x, w);
            w.append(" AS DECIMAL(65, 0)), ").append(digits).append(") AS DOUBLE)");
        }
        w.append(" ELSE CAST(ROUND(CAST(");
        expression(x, w);
        w.append(" AS DECIMAL(65, 30)), ").append(digits).append(") AS DOUBLE) END");
    }

    /** {@code CAST(x AS DATE)}: instants are stored in UTC already. */
    @Override
    protected void date(Expression<?> x, SqlWriter w) {
        if (x.type().kind() == SqlType.LOCAL_DATE) {
            expression(x, w);
            return;
        }
        w.append("CAST(");
        expression(x, w);
        w.append(" AS DATE)");
    }

    /**
     * MariaDB has no date_trunc: {@code DATE_FORMAT} writes the start of the part, cast back
     * (https://mariadb.com/kb/en/date_format/). Instants are stored in UTC already.
     */
    @Override
    protected void trunc(Expression<?> x, DatePart part, SqlWriter w) {
        boolean date = x.type().kind() == SqlType.LOCAL_DATE;
        if (date && part == DatePart.DAY) {
            expression(x, w);
            return;
        }
        w.append("CAST(DATE_FORMAT(");
        expression(x, w);
        w.append(switch (part) {
            case YEAR -> date ? ", '%Y-01-01') AS DATE)" : ", '%Y-01-01 00:00:00') AS DATETIME(6))";
            case MONTH -> date ? ", '%Y-%m-01') AS DATE)" : ", '%Y-%m-01 00:00:00') AS DATETIME(6))";
            case DAY -> ", '%Y-%m-%d 00:00:00') AS DATETIME(6))";
            case HOUR -> ", '%Y-%m-%d %H:00:00') AS DATETIME(6))";
            case MINUTE -> ", '%Y-%m-%d %H:%i:00') AS DATETIME(6))";
        });
    }

    /** {@code DATE_FORMAT} (https://mariadb.com/kb/en/date_format/); instants are stored in UTC already. */
    @Override
    protected void format(Expression<?> x, DatePart part, SqlWriter w) {
        w.append("DATE_FORMAT(");
        expression(x, w);
        w.append(switch (part) {
            case YEAR -> ", '%Y')";
            case MONTH -> ", '%Y-%m')";
            case DAY -> ", '%Y-%m-%d')";
            case HOUR -> ", '%Y-%m-%d %H:00')";
            case MINUTE -> ", '%Y-%m-%d %H:%i')";
        });
    }

    /** Instants are stored in UTC already: no conversion before a cast to a date or time. */
    @Override
    protected void utc(Expression<?> x, SqlWriter w) {
        operand(x, w);
    }

    /**
     * MariaDB casts to SIGNED, DOUBLE, DECIMAL(p,s), CHAR, DATE, DATETIME(6) or TIME(6)
     * (https://mariadb.com/kb/en/cast/).
     */
    @Override
    protected String castType(DataType<?> t) {
        switch (t.kind()) {
            case SHORT:
            case INT:
            case LONG:
                return "SIGNED";
            case DOUBLE:
                return "DOUBLE";
            case DECIMAL:
                return "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            case LOCAL_DATE:
                return "DATE";
            case LOCAL_DATE_TIME:
                return "DATETIME(6)";
            case LOCAL_TIME:
                return "TIME(6)";
            default:
                return "CHAR";
        }
    }

    /**
     * {@code /} always gives a decimal (https://mariadb.com/kb/en/division-operator/); integers divide with
     * {@code DIV}, which truncates toward zero as on SQLite and PostgreSQL (https://mariadb.com/kb/en/div/).
     * {@code MOD(a, b)} is the documented modulo (https://mariadb.com/kb/en/mod/). Arithmetic with a double
     * result computes in DOUBLE: the driver sends a double value as text such as {@code 60000.0}, which MariaDB
     * reads as a DECIMAL, and an integer or decimal divided by a DECIMAL keeps only {@code div_precision_increment}
     * (4) more digits (https://mariadb.com/kb/en/div_precision_increment/); the left operand cast to DOUBLE makes
     * the whole a double, as on SQLite and PostgreSQL.
     */
    @Override
    protected void arithmetic(Arithmetic<?> a, SqlWriter w) {
        if (a.operator() == ArithmeticOperator.MODULO) {
            w.append("MOD(");
            expression(a.left(), w);
            w.append(", ");
            expression(a.right(), w);
            w.append(')');
        } else if (a.type().kind() == SqlType.DOUBLE) {
            w.append("(CAST(");
            expression(a.left(), w);
            w.append(" AS DOUBLE)");
            w.append(switch (a.operator()) {
                case ADD -> " + ";
                case SUBTRACT -> " - ";
                case MULTIPLY -> " * ";
                case DIVIDE -> " / ";
                case MODULO -> " % ";
            });
            operand(a.right(), w);
            w.append(')');
        } else if (a.operator() == ArithmeticOperator.DIVIDE && isInteger(a.type().kind())) {
            w.append('(');
            operand(a.left(), w);
            w.append(" DIV ");
            operand(a.right(), w);
            w.append(')');
        } else {
            super.arithmetic(a, w);
        }
    }

    /**
     * A backslash escapes within string literals unless the session has NO_BACKSLASH_ESCAPES
     * (https://mariadb.com/kb/en/string-literals/), so the literal of one backslash is {@code '\\'}.
     */
    @Override
    protected String escapeLiteral() {
        return noBackslashEscapes ? "'\\'" : "'\\\\'";
    }

    /** OFFSET needs a LIMIT; the largest one stands for none (https://mariadb.com/kb/en/limit/). */
    @Override
    protected String unboundedLimit() {
        return "18446744073709551615";
    }

    /**
     * MariaDB has no ON CONFLICT: {@code ON DUPLICATE KEY UPDATE} (https://mariadb.com/kb/en/insert-on-duplicate-key-update/)
     * reacts to a duplicate in any unique key, whatever the target. Doing nothing is an assignment of the key to
     * itself: INSERT IGNORE would also turn other errors (NOT NULL, data too long) into warnings.
     */
    @Override
    protected void conflict(Table<?> table, Conflict conflict, SqlWriter w) {
        w.append(" ON DUPLICATE KEY UPDATE ");
        if (conflict.doNothing()) {
            String key = table.def().primaryKey().get(0);
            w.identifier(key).append(" = ").identifier(key);
        } else {
            assignments(conflict.updates(), w);
        }
    }

    /**
     * In {@code INSERT INTO t ... SELECT ... FROM t ON DUPLICATE KEY UPDATE c = ...}, {@code c} is ambiguous between
     * the target and the source (error 1052, even qualified); reading the source through a derived table leaves
     * only the target in scope (https://mariadb.com/kb/en/insert-on-duplicate-key-update/).
     */
    @Override
    protected void insertSelect(InsertQuery q, SqlWriter w) {
        if (q.conflict() == null) {
            super.insertSelect(q, w);
            return;
        }
        w.append("SELECT * FROM (");
        super.insertSelect(q, w);
        w.append(") AS ").identifier("upsert_source");
    }

    /** The value the insert tried to write: {@code VALUES(c)} (https://mariadb.com/kb/en/values-value/). */
    @Override
    protected void excluded(Excluded<?> x, SqlWriter w) {
        w.append("VALUES(").identifier(x.column().name()).append(')');
    }

    /** {@code INSERT INTO t () VALUES ()}: MariaDB has no DEFAULT VALUES (https://mariadb.com/kb/en/insert/). */
    @Override
    protected void defaultValues(int rows, SqlWriter w) {
        w.append(" () VALUES ()");
        for (int r = 1; r < rows; r++) {
            w.append(", ()");
        }
    }

    /**
     * {@code IN (subquery with LIMIT)} is refused (error 1235,
     * https://mariadb.com/kb/en/subquery-limitations/#limit); the same subquery as a derived table is accepted.
     */
    @Override
    protected void inSubquery(InSubquery in, SqlWriter w) {
        if (in.subquery().limit() == null && in.subquery().offset() == null) {
            super.inSubquery(in, w);
            return;
        }
        operand(in.value(), w);
        w.append(in.negated() ? " NOT IN (SELECT * FROM " : " IN (SELECT * FROM ");
        parenthesized(in.subquery(), w);
        w.append(" AS ").identifier("in_limit").append(')');
    }

    /**
     * Quote marks doubled, and backslashes too unless the session's sql_mode has NO_BACKSLASH_ESCAPES
     * (https://mariadb.com/kb/en/string-literals/).
     */
    @Override
    protected void stringLiteral(String text, SqlWriter w) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || (c == '\\' && !noBackslashEscapes)) {
                b.append(c);
            }
            b.append(c);
        }
        w.append(b.append('\'').toString());
    }
}
