package dev.quarry.internal.dialect.sqlite;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.render.DdlRenderer;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * SQLite's DDL. SQLite stores values by type affinity (https://www.sqlite.org/datatype3.html), so the portable
 * types map to the five storage classes and the codecs keep each value's exact form:
 *
 * <pre>
 * BOOLEAN, SHORT, INT, LONG        INTEGER   (booleans as 0 / 1)
 * FLOAT, DOUBLE                    REAL
 * DECIMAL(p,s)                     NUMERIC
 * STRING(n), STRING, UUID, JSON,   TEXT      (no length limit is enforced)
 *   ENUM
 * BYTES                            BLOB
 * INSTANT, LOCAL_DATE,             TEXT      (SQLite's date function forms, instants in UTC)
 *   LOCAL_DATE_TIME, LOCAL_TIME,
 *   OFFSET_DATE_TIME
 * </pre>
 *
 * A single generated key is {@code INTEGER PRIMARY KEY AUTOINCREMENT}: an alias of the rowid whose values are
 * never reused (https://www.sqlite.org/autoinc.html), as on the server databases. Immutable.
 */
final class SqliteDdl extends DdlRenderer {

    SqliteDdl() {
        super(SqliteDialect.QUOTING);
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
