package dev.quarry.internal.dialect.sqlite;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.codec.ValueRejection;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code SHORT} and {@code INT} on SQLite, where every INTEGER column holds 64 bits whatever its declared type
 * (https://www.sqlite.org/datatype3.html section 2). A value written by other code may not fit: it is read as a
 * {@code long} (the same single native call as {@code getInt}, which would silently truncate) and range-checked.
 * Stateless.
 */
enum SqliteNarrowIntegerCodec implements TypeCodec {
    SHORT(Short.MIN_VALUE, Short.MAX_VALUE, Types.SMALLINT) {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setShort(index, (Short) value);
        }

        @Override
        Object box(long v) {
            return (short) v;
        }
    },
    INT(Integer.MIN_VALUE, Integer.MAX_VALUE, Types.INTEGER) {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setObject(index, (Integer) value); // the box we hold: see SqliteLongCodec
        }

        @Override
        Object box(long v) {
            return (int) v;
        }
    };

    private final long min;
    private final long max;
    private final int sqlType;

    SqliteNarrowIntegerCodec(long min, long max, int sqlType) {
        this.min = min;
        this.max = max;
        this.sqlType = sqlType;
    }

    abstract Object box(long v);

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, sqlType);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        long v = rs.getLong(index);
        if (v == 0 && rs.wasNull()) {
            return null;
        }
        if (v < min || v > max) {
            throw ValueRejection.unreadable("SQLite", type, v, "it is outside the range " + min + ".." + max);
        }
        return box(v);
    }
}
