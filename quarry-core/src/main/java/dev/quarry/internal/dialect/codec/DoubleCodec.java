package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** {@code double} values, with the special values the database cannot store rejected. Immutable. */
public final class DoubleCodec implements TypeCodec {
    private final String database;
    private final FloatingPointSupport support;

    public DoubleCodec(String database, FloatingPointSupport support) {
        this.database = database;
        this.support = support;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        double d = (Double) value;
        String problem = support.problem(d);
        if (problem != null) {
            throw ValueRejection.invalid(database, type, value, problem);
        }
        ps.setDouble(index, d);
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.DOUBLE);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        double v = rs.getDouble(index);
        return v == 0 && rs.wasNull() ? null : v;
    }
}
