package dev.quarry.internal.dialect.mariadb;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.internal.dialect.codec.DecimalCodec;
import dev.quarry.internal.dialect.codec.BoundedTextCodec;
import dev.quarry.internal.dialect.codec.DirectCodec;
import dev.quarry.internal.dialect.codec.DoubleCodec;
import dev.quarry.internal.dialect.codec.EnumNameCodec;
import dev.quarry.internal.dialect.codec.FloatCodec;
import dev.quarry.internal.dialect.codec.FloatingPointSupport;
import dev.quarry.internal.dialect.codec.LocalTemporalCodec;
import dev.quarry.internal.dialect.codec.JsonTextCodec;
import dev.quarry.internal.dialect.codec.UuidTextCodec;
import dev.quarry.schema.SqlType;
import java.util.EnumMap;
import java.util.Map;

/**
 * How each portable type is bound and read on MariaDB (and MySQL) through mariadb-java-client. Lengths are left
 * to the server, which enforces them in strict mode ({@code STRICT_TRANS_TABLES}, the default since 10.2.4:
 * https://mariadb.com/kb/en/sql-mode/); without strict mode it truncates with a warning, so connections must keep
 * it. No driver class is referenced here.
 *
 * <p>A 4-byte {@code FLOAT} column stores a float exactly, but the text protocol (the driver's default, without
 * {@code useServerPrepStmts}) returns it printed with 6 significant digits, so 3.4028235E38 reads back as
 * 3.40282E38. A {@code DOUBLE} column holds every float exactly and prints it in full; the DDL should use it for
 * {@code SqlType.FLOAT}.
 */
public final class MariaDbCodecs {
    private static final String DATABASE = "MariaDB";

    private MariaDbCodecs() {
    }

    /** The codec table. */
    public static TypeCodecs create() {
        Map<SqlType, TypeCodec> m = new EnumMap<>(SqlType.class);
        m.put(SqlType.BOOLEAN, DirectCodec.BOOLEAN);
        m.put(SqlType.SHORT, DirectCodec.SHORT);
        m.put(SqlType.INT, DirectCodec.INT);
        m.put(SqlType.LONG, DirectCodec.LONG);
        m.put(SqlType.FLOAT, new FloatCodec(DATABASE, FloatingPointSupport.FINITE_ONLY));
        m.put(SqlType.DOUBLE, new DoubleCodec(DATABASE, FloatingPointSupport.FINITE_ONLY));
        m.put(SqlType.DECIMAL, new DecimalCodec(DATABASE));
        m.put(SqlType.STRING, new BoundedTextCodec("MariaDB"));
        m.put(SqlType.BYTES, DirectCodec.BYTES);
        m.put(SqlType.UUID, new UuidTextCodec(DATABASE));
        m.put(SqlType.JSON, new JsonTextCodec("MariaDB"));
        m.put(SqlType.ENUM, new EnumNameCodec(DATABASE));
        m.put(SqlType.INSTANT, MariaDbTemporalCodec.INSTANT);
        m.put(SqlType.LOCAL_DATE, LocalTemporalCodec.date(MariaDbTemporalCodec.LIMITS));
        m.put(SqlType.LOCAL_DATE_TIME, LocalTemporalCodec.dateTime(MariaDbTemporalCodec.LIMITS));
        m.put(SqlType.LOCAL_TIME, LocalTemporalCodec.time(MariaDbTemporalCodec.LIMITS));
        m.put(SqlType.OFFSET_DATE_TIME, MariaDbTemporalCodec.OFFSET_DATE_TIME);
        m.put(SqlType.NATIVE, DirectCodec.OBJECT);
        return new TypeCodecs(m);
    }
}
