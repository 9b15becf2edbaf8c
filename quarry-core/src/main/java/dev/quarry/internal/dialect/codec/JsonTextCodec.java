package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import dev.quarry.schema.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A {@link Json} document bound and read as plain text (SQLite {@code TEXT}, MariaDB {@code JSON}, which is
 * {@code LONGTEXT} with a validity check: https://mariadb.com/kb/en/json-data-type/). The text comes back as
 * written. Stateless.
 */
public enum JsonTextCodec implements TypeCodec {
    INSTANCE;

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        ps.setString(index, ((Json) value).text());
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.VARCHAR);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : new Json(text);
    }
}
