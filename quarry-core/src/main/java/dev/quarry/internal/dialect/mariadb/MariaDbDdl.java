package dev.quarry.internal.dialect.mariadb;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.render.ChangeRenderer;
import dev.quarry.internal.dialect.render.DdlRenderer;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * MariaDB's DDL (https://mariadb.com/kb/en/data-types/). The portable types map to:
 *
 * <pre>
 * BOOLEAN BOOLEAN (TINYINT(1))    SHORT SMALLINT     INT INT          LONG BIGINT
 * FLOAT DOUBLE (see below)        DOUBLE DOUBLE      DECIMAL(p,s) DECIMAL(p,s)
 * STRING(n) VARCHAR(n)            STRING LONGTEXT, or VARCHAR(255) in a key, unique constraint, index or FK
 * BYTES LONGBLOB, or VARBINARY(255) when keyed         UUID CHAR(36)    JSON JSON     ENUM VARCHAR(255)
 * INSTANT, OFFSET_DATE_TIME DATETIME(6) (UTC)          LOCAL_DATE_TIME DATETIME(6)
 * LOCAL_DATE DATE                 LOCAL_TIME TIME(6)
 * </pre>
 *
 * TEXT and BLOB columns cannot be indexed without a prefix length, hence the bounded types when keyed. Tables
 * are InnoDB (transactions, foreign keys) in utf8mb4 with the binary NO PAD collation, so comparisons and unique
 * keys are case-sensitive and do not ignore trailing spaces, as on SQLite and PostgreSQL
 * (https://mariadb.com/kb/en/supported-character-sets-and-collations/). Immutable.
 */
final class MariaDbDdl extends DdlRenderer {
    private final MariaDbChanges changes = new MariaDbChanges(this);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private final boolean noBackslashEscapes;

    MariaDbDdl(boolean noBackslashEscapes) {
        super(MariaDbDialect.QUOTING);
        this.noBackslashEscapes = noBackslashEscapes;
    }

    @Override
    protected ChangeRenderer changes() {
        return changes;
    }

    @Override
    protected String typeName(TableDef table, ColumnDef column) {
        DataType<?> t = column.type();
        boolean keyed = table.isKeyed(column.name());
        return switch (t.kind()) {
            case BOOLEAN -> "BOOLEAN";
            case SHORT -> "SMALLINT";
            case INT -> "INT";
            case LONG -> "BIGINT";
            // A FLOAT column reads back through the driver's text protocol with 6 digits (3.4028235E38 comes back
            // as 3.40282E38), so a Java float is stored exactly in a DOUBLE instead.
            case FLOAT -> "DOUBLE";
            case DOUBLE -> "DOUBLE";
            case DECIMAL -> "DECIMAL(" + t.precision() + ", " + t.scale() + ")";
            case STRING -> t.length() > 0 ? "VARCHAR(" + t.length() + ")" : keyed ? "VARCHAR(255)" : "LONGTEXT";
            case BYTES -> keyed ? "VARBINARY(255)" : "LONGBLOB";
            case UUID -> "CHAR(36)";
            case JSON -> "JSON";
            case ENUM -> "VARCHAR(255)";
            case INSTANT, OFFSET_DATE_TIME, LOCAL_DATE_TIME -> "DATETIME(6)";
            case LOCAL_DATE -> "DATE";
            case LOCAL_TIME -> "TIME(6)";
            case NATIVE -> t.nativeType();
        };
    }

    /**
     * InnoDB parses {@code SET DEFAULT} and then ignores it, keeping RESTRICT (https://mariadb.com/kb/en/foreign-keys/),
     * so it is refused rather than created as something else.
     */
    @Override
    protected String referentialAction(ReferentialAction action) {
        if (action == ReferentialAction.SET_DEFAULT) {
            throw new UnsupportedFeatureException("MariaDB's InnoDB ignores the foreign-key action SET DEFAULT (it keeps"
                    + " RESTRICT); use SET NULL, CASCADE, RESTRICT or NO ACTION");
        }
        return super.referentialAction(action);
    }

    /**
     * A foreign key without {@code ON UPDATE} gets RESTRICT here ({@code information_schema.REFERENTIAL_CONSTRAINTS}
     * says so; https://mariadb.com/kb/en/foreign-keys/), not NO ACTION as on the others, so NO ACTION is written out
     * and reads back as declared.
     */
    @Override
    protected boolean writesOnUpdateNoAction() {
        return true;
    }

    @Override
    protected void generatedKey(TableDef table, ColumnDef column, StringBuilder b) {
        b.append(" AUTO_INCREMENT");
    }

    @Override
    protected void tableOptions(StringBuilder b) {
        b.append(" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin");
    }

    @Override
    public boolean backslashEscapes() {
        return !noBackslashEscapes;
    }

    /** Quotes doubled, and backslashes too unless NO_BACKSLASH_ESCAPES (https://mariadb.com/kb/en/string-literals/). */
    @Override
    protected void stringLiteral(String text, StringBuilder b) {
        b.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || (c == '\\' && !noBackslashEscapes)) {
                b.append(c);
            }
            b.append(c);
        }
        b.append('\'');
    }

    /**
     * DATETIME has no time zone and does not read ISO-8601's 'T' and offset reliably: instants are written in UTC as
     * {@code 'YYYY-MM-DD HH:MM:SS.ffffff'} (https://mariadb.com/kb/en/date-and-time-literals/).
     */
    @Override
    protected void temporalLiteral(SqlType type, TemporalAccessor value, StringBuilder b) {
        switch (type) {
            case INSTANT -> stringLiteral(DATE_TIME.format(LocalDateTime.ofInstant((Instant) value, ZoneOffset.UTC)), b);
            case OFFSET_DATE_TIME -> stringLiteral(DATE_TIME.format(
                    ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC)), b);
            case LOCAL_DATE_TIME -> stringLiteral(DATE_TIME.format(value), b);
            case LOCAL_TIME -> stringLiteral(TIME.format(value), b);
            default -> super.temporalLiteral(type, value, b);
        }
    }

    /**
     * Instants are stored in UTC, so their current time is UTC_TIMESTAMP, not the session-zoned CURRENT_TIMESTAMP.
     * Expression defaults need parentheses and MariaDB 10.2.1 (https://mariadb.com/kb/en/create-table/#default).
     */
    @Override
    protected String currentTime(SqlType type) {
        return switch (type) {
            case LOCAL_DATE -> "(CURRENT_DATE)";
            case LOCAL_TIME -> "(CURRENT_TIME(6))";
            case LOCAL_DATE_TIME -> "CURRENT_TIMESTAMP(6)";
            default -> "(UTC_TIMESTAMP(6))";
        };
    }
}
