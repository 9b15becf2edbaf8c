package dev.quarry.internal.dialect.sqlite;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.internal.dialect.codec.BoundedTextCodec;
import dev.quarry.internal.dialect.codec.DirectCodec;
import dev.quarry.internal.dialect.codec.DoubleCodec;
import dev.quarry.internal.dialect.codec.EnumNameCodec;
import dev.quarry.internal.dialect.codec.FloatCodec;
import dev.quarry.internal.dialect.codec.FloatingPointSupport;
import dev.quarry.internal.dialect.codec.JsonTextCodec;
import dev.quarry.internal.dialect.codec.UuidTextCodec;
import dev.quarry.schema.SqlType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each portable type is bound and read on SQLite, whose columns hold INTEGER, REAL, TEXT or BLOB
 * (https://www.sqlite.org/datatype3.html): booleans as 0/1, decimals under NUMERIC affinity (see
 * {@link SqliteDecimalCodec}), UUIDs, JSON, enums and dates/times as text.
 */
public final class SqliteCodecs {
    private static final String DATABASE = "SQLite";

    private SqliteCodecs() {
    }

    /** The codec table. */
    public static TypeCodecs create() {
        Map<SqlType, TypeCodec> m = new EnumMap<>(SqlType.class);
        m.put(SqlType.BOOLEAN, DirectCodec.BOOLEAN); // sqlite-jdbc binds 1/0 and reads non-zero as true
        m.put(SqlType.SHORT, SqliteNarrowIntegerCodec.SHORT);
        m.put(SqlType.INT, SqliteNarrowIntegerCodec.INT);
        m.put(SqlType.LONG, SqliteLongCodec.INSTANCE); // binds the box it is given
        m.put(SqlType.FLOAT, new FloatCodec(DATABASE, FloatingPointSupport.INFINITIES_ONLY));
        m.put(SqlType.DOUBLE, new DoubleCodec(DATABASE, FloatingPointSupport.INFINITIES_ONLY));
        m.put(SqlType.DECIMAL, SqliteDecimalCodec.INSTANCE);
        m.put(SqlType.STRING, new BoundedTextCodec("SQLite"));
        m.put(SqlType.BYTES, DirectCodec.BYTES);
        m.put(SqlType.UUID, new UuidTextCodec(DATABASE));
        m.put(SqlType.JSON, new JsonTextCodec("SQLite"));
        m.put(SqlType.ENUM, new EnumNameCodec(DATABASE));
        m.put(SqlType.INSTANT, SqliteTemporalCodec.INSTANT);
        m.put(SqlType.LOCAL_DATE, SqliteTemporalCodec.LOCAL_DATE);
        m.put(SqlType.LOCAL_DATE_TIME, SqliteTemporalCodec.LOCAL_DATE_TIME);
        m.put(SqlType.LOCAL_TIME, SqliteTemporalCodec.LOCAL_TIME);
        m.put(SqlType.OFFSET_DATE_TIME, SqliteTemporalCodec.OFFSET_DATE_TIME);
        m.put(SqlType.NATIVE, DirectCodec.OBJECT);
        return new TypeCodecs(m);
    }

    /** The text form a temporal type is stored in, for messages. */
    static String textForm(SqlType kind) {
        switch (kind) {
            case LOCAL_DATE:
                return "'YYYY-MM-DD'";
            case LOCAL_TIME:
                return "'HH:MM:SS[.ffffff]'";
            case INSTANT:
            case OFFSET_DATE_TIME:
                return "'YYYY-MM-DD HH:MM:SS[.ffffff]' in UTC";
            default:
                return "'YYYY-MM-DD HH:MM:SS[.ffffff]'";
        }
    }
}
