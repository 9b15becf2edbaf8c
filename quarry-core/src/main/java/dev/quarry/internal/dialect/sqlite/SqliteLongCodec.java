package dev.quarry.internal.dialect.sqlite;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code LONG} on SQLite, bound as the {@code Long} Quarry already holds. sqlite-jdbc keeps every parameter as an
 * object until the statement runs: its {@code setLong} and {@code setInt} allocate a new box per call
 * ({@code new Long(v)} in {@code JDBC3PreparedStatement}, 3.54.1.0), while {@code setObject} of a {@code Long} or
 * {@code Integer} stores the object given. Binding the value read from a record through {@code setObject} saves one
 * allocation per value (measured with the narrow insert benchmark's {@code gc.alloc.rate.norm}; see
 * docs/BENCHMARKS.md). Stateless.
 */
enum SqliteLongCodec implements TypeCodec {
    INSTANCE;

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        ps.setObject(index, (Long) value);
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
}
