package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** {@code float} values, with the special values the database cannot store rejected. Immutable. */
public final class FloatCodec implements TypeCodec {
    private final String database;
    private final FloatingPointSupport support;

    public FloatCodec(String database, FloatingPointSupport support) {
        this.database = database;
        this.support = support;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        float f = (Float) value;
        String problem = support.problem(f);
        if (problem != null) {
            throw ValueRejection.invalid(database, type, value, problem);
        }
        ps.setFloat(index, f);
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.REAL);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        float v = rs.getFloat(index);
        return v == 0 && rs.wasNull() ? null : v;
    }
}
