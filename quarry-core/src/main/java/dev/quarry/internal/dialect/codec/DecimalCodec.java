package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code DECIMAL(p, s)} on a database with a true exact decimal type (PostgreSQL {@code numeric}, MariaDB
 * {@code DECIMAL}). Values that would be rounded or overflow are rejected; values read are at the column's scale.
 * Immutable.
 */
public final class DecimalCodec implements TypeCodec {
    private final String database;

    public DecimalCodec(String database) {
        this.database = database;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        ps.setBigDecimal(index, DecimalFit.toColumnScale(database, type, (BigDecimal) value));
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.NUMERIC);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        BigDecimal v = rs.getBigDecimal(index);
        return v == null ? null : DecimalFit.fromColumn(database, type, v);
    }
}
