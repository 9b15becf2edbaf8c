package dev.quarry.internal.dialect.postgres;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/** {@link UUID} in a native {@code uuid} column; pgjdbc binds and reads {@code java.util.UUID} itself. Stateless. */
enum PostgresUuidCodec implements TypeCodec {
    INSTANCE;

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
        return rs.getObject(index, UUID.class);
    }
}
