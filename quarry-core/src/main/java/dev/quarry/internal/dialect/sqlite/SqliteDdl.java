package dev.quarry.internal.dialect.sqlite;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.render.ChangeRenderer;
import dev.quarry.internal.dialect.render.DdlRenderer;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's DDL. SQLite stores values by type affinity (https://www.sqlite.org/datatype3.html), so the portable
 * types map to the five storage classes and the codecs keep each value's exact form:
 *
 * <pre>
 * BOOLEAN, SHORT, INT, LONG        INTEGER   (booleans as 0 / 1)
 * FLOAT, DOUBLE                    REAL
 * DECIMAL(p,s)                     NUMERIC
 * STRING(n), STRING, UUID, JSON,   TEXT
 *   ENUM
 * BYTES                            BLOB
 * INSTANT, LOCAL_DATE,             TEXT      (SQLite's date function forms, instants in UTC)
 *   LOCAL_DATE_TIME, LOCAL_TIME,
 *   OFFSET_DATE_TIME
 * </pre>
 *
 * SQLite's column types limit nothing (a TEXT column takes any length, a NUMERIC one any number, and a value
 * of the wrong type is kept as it is), so {@link #impliedChecks} adds CHECK constraints that refuse what the codecs
 * refuse and PostgreSQL's and MariaDB's column types refuse, whoever writes: hand-written SQL, another process, the
 * sqlite3 shell. They use only SQLite's built-in functions, so any connection can evaluate them. STRICT tables
 * (https://www.sqlite.org/stricttables.html) would refuse wrong types too, but allow no NUMERIC column, which
 * decimals need here; docs/types.md says what stays unchecked.
 *
 * <p>A single generated key is {@code INTEGER PRIMARY KEY AUTOINCREMENT}: an alias of the rowid whose values are
 * never reused (https://www.sqlite.org/autoinc.html), as on the server databases. Immutable.
 */
final class SqliteDdl extends DdlRenderer {
    private final SqliteChanges changes = new SqliteChanges(this);

    SqliteDdl() {
        super(SqliteDialect.QUOTING);
    }

    @Override
    protected ChangeRenderer changes() {
        return changes;
    }

    @Override
    protected String typeName(TableDef table, ColumnDef column) {
        return switch (column.type().kind()) {
            case BOOLEAN, SHORT, INT, LONG -> "INTEGER";
            case FLOAT, DOUBLE -> "REAL";
            case DECIMAL -> "NUMERIC";
            case BYTES -> "BLOB";
            default -> "TEXT";
        };
    }

    /**
     * Per column, named {@code quarry_fits_<column>}: {@code length(c) <= n} for STRING(n); for DECIMAL(p,s) the
     * range of {@code p} digits with {@code s} after the point (extra fraction digits are not refused: PostgreSQL
     * and MariaDB round them to the scale rather than refuse them, and a REAL computed in SQL, 0.1 + 0.2, never
     * has exactly two decimals; Quarry reads such a value rounded to 15 digits); the range of SHORT and INT; 0 or 1
     * for BOOLEAN. A NULL passes every check, and a text in a numeric column fails the range (every text sorts
     * above every number: https://www.sqlite.org/datatype3.html#comparisons).
     */
    @Override
    public List<CheckDef> impliedChecks(TableDef table) {
        List<CheckDef> checks = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            String expression = impliedCheck(c);
            if (expression != null) {
                checks.add(new CheckDef(checkName(c.name()), expression));
            }
        }
        return checks;
    }

    private String impliedCheck(ColumnDef c) {
        String col = quoting.quote(c.name());
        DataType<?> t = c.type();
        return switch (t.kind()) {
            case STRING -> t.length() > 0 ? "length(" + col + ") <= " + t.length() : null;
            case DECIMAL -> {
                BigDecimal max = BigDecimal.TEN.pow(t.precision() - t.scale())
                        .subtract(BigDecimal.ONE.movePointLeft(t.scale()));
                yield col + " BETWEEN -" + max.toPlainString() + " AND " + max.toPlainString();
            }
            case SHORT -> col + " BETWEEN " + Short.MIN_VALUE + " AND " + Short.MAX_VALUE;
            case INT -> col + " BETWEEN " + Integer.MIN_VALUE + " AND " + Integer.MAX_VALUE;
            case BOOLEAN -> col + " IN (0, 1)";
            default -> null;
        };
    }

    /** {@code quarry_fits_<column>}, cut and made unique with a hash past 64 characters. */
    static String checkName(String column) {
        String name = "quarry_fits_" + column;
        if (name.length() <= 64) {
            return name;
        }
        String hash = Integer.toHexString(column.hashCode());
        return name.substring(0, 63 - hash.length()) + "_" + hash;
    }

    @Override
    protected void generatedKey(TableDef table, ColumnDef column, StringBuilder b) {
        if (!primaryKeyInColumn(table) || !table.primaryKey().get(0).equals(column.name())) {
            throw new UnsupportedFeatureException("SQLite generates values only for a table's single-column "
                    + "primary key; '" + table.name() + "." + column.name() + "' is not one");
        }
        b.append(" PRIMARY KEY AUTOINCREMENT");
    }

    @Override
    protected boolean primaryKeyInColumn(TableDef table) {
        return table.primaryKey().size() == 1 && table.column(table.primaryKey().get(0)).generated();
    }

    /** SQLite has no boolean type; TRUE is 1 only since 3.23 (https://www.sqlite.org/lang_expr.html#booleanexpr). */
    @Override
    protected String booleanLiteral(boolean value) {
        return value ? "1" : "0";
    }

    /**
     * Dates and times in the text form the codecs store ({@link SqliteTemporalText}): {@code YYYY-MM-DD},
     * {@code HH:MM:SS[.fff]}, {@code YYYY-MM-DD HH:MM:SS[.fff]}, instants and offset date-times in UTC; so a default
     * sorts and compares with the values the codecs write.
     */
    @Override
    protected void temporalLiteral(SqlType type, TemporalAccessor value, StringBuilder b) {
        stringLiteral(switch (type) {
            case LOCAL_DATE -> SqliteTemporalText.format((LocalDate) value);
            case LOCAL_TIME -> SqliteTemporalText.format((LocalTime) value);
            case LOCAL_DATE_TIME -> SqliteTemporalText.format((LocalDateTime) value);
            case OFFSET_DATE_TIME -> SqliteTemporalText.format(((OffsetDateTime) value).toInstant());
            default -> SqliteTemporalText.format((Instant) value);
        }, b);
    }

    /**
     * The current time in the same text form, to the millisecond: strftime's {@code %f} always writes three
     * fraction digits, so trailing zeros (and a bare point) are trimmed as the codecs do. CURRENT_TIMESTAMP would
     * drop the fraction (https://www.sqlite.org/lang_createtable.html#dfltval); an expression default must be
     * parenthesised. Local types use the process's time zone ('localtime', https://www.sqlite.org/lang_datefunc.html).
     */
    @Override
    protected String currentTime(SqlType type) {
        return switch (type) {
            case LOCAL_DATE -> "(date('now', 'localtime'))";
            case LOCAL_TIME -> "(rtrim(rtrim(strftime('%H:%M:%f', 'now', 'localtime'), '0'), '.'))";
            case LOCAL_DATE_TIME -> "(rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 'now', 'localtime'), '0'), '.'))";
            default -> "(rtrim(rtrim(strftime('%Y-%m-%d %H:%M:%f', 'now'), '0'), '.'))";
        };
    }
}
