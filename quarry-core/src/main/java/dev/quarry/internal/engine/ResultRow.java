package dev.quarry.internal.engine;

import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.query.Row;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The current row of a result set as a {@link Row}: typed values through the dialect's codecs, primitives straight
 * from the driver (int and short range-checked), 0-based indexes turned 1-based. One instance serves every row of
 * a result, so mapping allocates nothing but the mapper's own objects. Used by the reading thread only: not thread-safe.
 */
final class ResultRow implements Row {
    private final ResultSet rs;
    private final TypeCodecs codecs;
    /** The dialect's STRING codec, looked up once per result rather than once per text value read. */
    private final TypeCodec text;
    private ResultSetMetaData meta;

    ResultRow(ResultSet rs, TypeCodecs codecs) {
        this.rs = rs;
        this.codecs = codecs;
        this.text = codecs.get(SqlType.STRING);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(int index, DataType<T> type) {
        try {
            return (T) codecs.get(type.kind()).read(rs, index + 1, type);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public String getString(int index) {
        try {
            return (String) text.read(rs, index + 1, DataType.STRING);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public long getLong(int index) {
        try {
            return rs.getLong(index + 1);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /** Read as a long and range-checked: see {@link #outOfRange}. */
    @Override
    public int getInt(int index) {
        try {
            long v = rs.getLong(index + 1);
            if ((int) v != v) {
                throw outOfRange(index, DataType.INT, v);
            }
            return (int) v;
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /** Read as a long and range-checked: see {@link #outOfRange}. */
    @Override
    public short getShort(int index) {
        try {
            long v = rs.getLong(index + 1);
            if ((short) v != v) {
                throw outOfRange(index, DataType.SHORT, v);
            }
            return (short) v;
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public double getDouble(int index) {
        try {
            return rs.getDouble(index + 1);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public float getFloat(int index) {
        try {
            return rs.getFloat(index + 1);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public boolean getBoolean(int index) {
        try {
            return rs.getBoolean(index + 1);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public boolean isNull(int index) {
        try {
            return rs.getObject(index + 1) == null;
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public int size() {
        try {
            return meta().getColumnCount();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    @Override
    public String columnName(int index) {
        try {
            return meta().getColumnLabel(index + 1);
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /**
     * The refusal of stored value {@code v}, outside {@code type}'s range. sqlite-jdbc's {@code getInt} and
     * {@code getShort} keep the low bits silently (every SQLite INTEGER holds 64), so the narrow reads take the
     * value as a long, which is the same single driver call, and compare. Off the common path, the column's own
     * codec reads the value again so the refusal is the one {@link #get} gives; should a codec ever accept it, the
     * value is refused here.
     */
    private RuntimeException outOfRange(int index, DataType<?> type, long v) throws SQLException {
        codecs.get(type.kind()).read(rs, index + 1, type);
        return new QuarryException("Cannot read " + v + " from column " + (index + 1) + " as " + type
                + ": it is outside the type's range.");
    }

    private ResultSetMetaData meta() throws SQLException {
        if (meta == null) {
            meta = rs.getMetaData();
        }
        return meta;
    }
}
