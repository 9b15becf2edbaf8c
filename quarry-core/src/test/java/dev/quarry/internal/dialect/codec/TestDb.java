package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.internal.dialect.mariadb.MariaDbCodecs;
import dev.quarry.internal.dialect.postgres.PostgresCodecs;
import dev.quarry.internal.dialect.sqlite.SqliteCodecs;
import dev.quarry.schema.DataType;

/**
 * The three databases the codec and error tests run on, with the column type each gives a portable type (the
 * mapping of docs/types.md; the DDL renderer owns the real one, these tests only need matching columns).
 */
public enum TestDb {
    SQLITE(SqliteCodecs.create()) {
        @Override
        public String columnType(DataType<?> t) {
            switch (t.kind()) {
                case BOOLEAN: case SHORT: case INT: case LONG:
                    return "INTEGER";
                case FLOAT: case DOUBLE:
                    return "REAL";
                case DECIMAL:
                    return "NUMERIC(" + t.precision() + "," + t.scale() + ")";
                case BYTES:
                    return "BLOB";
                case STRING:
                    return t.length() == 0 ? "TEXT" : "VARCHAR(" + t.length() + ")";
                default:
                    return "TEXT";
            }
        }
    },
    POSTGRES(PostgresCodecs.create()) {
        @Override
        public String columnType(DataType<?> t) {
            switch (t.kind()) {
                case BOOLEAN: return "boolean";
                case SHORT: return "smallint";
                case INT: return "integer";
                case LONG: return "bigint";
                case FLOAT: return "real";
                case DOUBLE: return "double precision";
                case DECIMAL: return "numeric(" + t.precision() + "," + t.scale() + ")";
                case STRING: return t.length() == 0 ? "text" : "varchar(" + t.length() + ")";
                case BYTES: return "bytea";
                case UUID: return "uuid";
                case JSON: return "jsonb";
                case ENUM: return "text";
                case INSTANT: case OFFSET_DATE_TIME: return "timestamptz";
                case LOCAL_DATE: return "date";
                case LOCAL_DATE_TIME: return "timestamp";
                case LOCAL_TIME: return "time";
                default: throw new AssertionError(t);
            }
        }
    },
    MARIADB(MariaDbCodecs.create()) {
        @Override
        public String columnType(DataType<?> t) {
            switch (t.kind()) {
                case BOOLEAN: return "BOOLEAN";
                case SHORT: return "SMALLINT";
                case INT: return "INT";
                // A 4-byte FLOAT column comes back through the text protocol with 6 significant digits (the
                // server prints FLOAT with FLT_DIG); a DOUBLE column holds every float exactly. See the report.
                case FLOAT: return "DOUBLE";
                case LONG: return "BIGINT";
                case DOUBLE: return "DOUBLE";
                case DECIMAL: return "DECIMAL(" + t.precision() + "," + t.scale() + ")";
                case STRING: return t.length() == 0 ? "LONGTEXT" : "VARCHAR(" + t.length() + ")";
                case BYTES: return "LONGBLOB";
                case UUID: return "CHAR(36)";
                case JSON: return "JSON";
                case ENUM: return "VARCHAR(255)";
                case INSTANT: case OFFSET_DATE_TIME: case LOCAL_DATE_TIME: return "DATETIME(6)";
                case LOCAL_DATE: return "DATE";
                case LOCAL_TIME: return "TIME(6)";
                default: throw new AssertionError(t);
            }
        }
    };

    private final TypeCodecs codecs;

    TestDb(TypeCodecs codecs) {
        this.codecs = codecs;
    }

    /** The codec table under test. */
    public TypeCodecs codecs() {
        return codecs;
    }

    /** The column type for {@code t} in CREATE TABLE. */
    public abstract String columnType(DataType<?> t);
}
