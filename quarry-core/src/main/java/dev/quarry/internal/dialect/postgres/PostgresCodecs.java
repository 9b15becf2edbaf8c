package dev.quarry.internal.dialect.postgres;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.internal.dialect.codec.DecimalCodec;
import dev.quarry.internal.dialect.codec.DirectCodec;
import dev.quarry.internal.dialect.codec.DoubleCodec;
import dev.quarry.internal.dialect.codec.EnumNameCodec;
import dev.quarry.internal.dialect.codec.FloatCodec;
import dev.quarry.internal.dialect.codec.FloatingPointSupport;
import dev.quarry.internal.dialect.codec.LocalTemporalCodec;
import dev.quarry.schema.SqlType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each portable type is bound and read on PostgreSQL: native types throughout ({@code boolean},
 * {@code numeric(p,s)}, {@code bytea}, {@code uuid}, {@code jsonb}, {@code timestamptz}...). No pgjdbc class is
 * referenced here, so building this table never needs the driver on the class path.
 */
public final class PostgresCodecs {
    private static final String DATABASE = "PostgreSQL";

    private PostgresCodecs() {
    }

    /** The codec table. */
    public static TypeCodecs create() {
        Map<SqlType, TypeCodec> m = new EnumMap<>(SqlType.class);
        m.put(SqlType.BOOLEAN, DirectCodec.BOOLEAN);
        m.put(SqlType.SHORT, DirectCodec.SHORT);
        m.put(SqlType.INT, DirectCodec.INT);
        m.put(SqlType.LONG, DirectCodec.LONG);
        m.put(SqlType.FLOAT, new FloatCodec(DATABASE, FloatingPointSupport.ALL));
        m.put(SqlType.DOUBLE, new DoubleCodec(DATABASE, FloatingPointSupport.ALL));
        m.put(SqlType.DECIMAL, new DecimalCodec(DATABASE));
        m.put(SqlType.STRING, PostgresTextCodec.INSTANCE);
        m.put(SqlType.BYTES, DirectCodec.BYTES);
        m.put(SqlType.UUID, PostgresUuidCodec.INSTANCE);
        m.put(SqlType.JSON, PostgresJsonCodec.INSTANCE);
        m.put(SqlType.ENUM, new EnumNameCodec(DATABASE));
        m.put(SqlType.INSTANT, PostgresTemporalCodec.INSTANT);
        m.put(SqlType.LOCAL_DATE, LocalTemporalCodec.date(PostgresTemporalCodec.LIMITS));
        m.put(SqlType.LOCAL_DATE_TIME, LocalTemporalCodec.dateTime(PostgresTemporalCodec.LIMITS));
        m.put(SqlType.LOCAL_TIME, LocalTemporalCodec.time(PostgresTemporalCodec.LIMITS));
        m.put(SqlType.OFFSET_DATE_TIME, PostgresTemporalCodec.OFFSET_DATE_TIME);
        m.put(SqlType.NATIVE, DirectCodec.OBJECT);
        return new TypeCodecs(m);
    }
}
