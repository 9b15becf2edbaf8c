package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Codecs that are one driver call each way and check nothing, because every value of the Java type is stored
 * exactly (or the database itself rejects it). They are the hot path the benchmarks compare with hand-written
 * JDBC: no allocation beyond boxing the value read, and {@code wasNull()} only when the value read could be a NULL.
 */
public enum DirectCodec implements TypeCodec {
    BOOLEAN {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setBoolean(index, (Boolean) value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.BOOLEAN);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            boolean v = rs.getBoolean(index);
            return !v && rs.wasNull() ? null : v;
        }
    },
    SHORT {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setShort(index, (Short) value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.SMALLINT);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            short v = rs.getShort(index);
            return v == 0 && rs.wasNull() ? null : v;
        }
    },
    INT {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setInt(index, (Integer) value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.INTEGER);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            int v = rs.getInt(index);
            return v == 0 && rs.wasNull() ? null : v;
        }
    },
    LONG {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setLong(index, (Long) value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.BIGINT);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            long v = rs.getLong(index);
            return v == 0 && rs.wasNull() ? null : v;
        }
    },
    /** Text the database checks itself (length limits on PostgreSQL and MariaDB; errors are translated). */
    STRING {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setString(index, (String) value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.VARCHAR);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            return rs.getString(index);
        }
    },
    BYTES {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setBytes(index, (byte[]) value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.BINARY);
        }

        /**
         * An empty array comes back empty on all three drivers (sqlite-jdbc since it stopped mapping the NULL
         * pointer {@code sqlite3_column_blob} returns for a zero-length blob to null; the round-trip tests keep it
         * honest).
         */
        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            return rs.getBytes(index);
        }
    },
    /**
     * A value of a {@link dev.quarry.schema.SqlType#NATIVE native} type: handed to the driver and read from it as it
     * is, whatever the driver makes of it.
     */
    OBJECT {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            ps.setObject(index, value);
        }

        @Override
        public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
            ps.setNull(index, Types.OTHER);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            return rs.getObject(index);
        }
    }
}
