package dev.quarry.internal.dialect.postgres;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.codec.WellFormedText;
import dev.quarry.schema.DataType;
import dev.quarry.schema.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@link Json} in a {@code jsonb} column. Bound as {@link Types#OTHER} so pgjdbc sends it untyped and the server
 * reads it as jsonb; a plain {@code setString} would be typed {@code varchar} and rejected ("column is of type
 * jsonb but expression is of type character varying"). jsonb normalises the text (whitespace, key order,
 * duplicate keys: https://www.postgresql.org/docs/current/datatype-json.html), so what comes back is equal as
 * JSON, not always as text. Stateless.
 */
enum PostgresJsonCodec implements TypeCodec {
    INSTANCE;

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        String text = ((Json) value).text();
        WellFormedText.require("PostgreSQL", type, text);
        ps.setObject(index, text, Types.OTHER);
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.OTHER);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : new Json(text);
    }
}
