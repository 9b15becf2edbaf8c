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
 * written; text that is not well-formed Unicode is refused ({@link WellFormedText}). Immutable.
 */
public final class JsonTextCodec implements TypeCodec {
    private final String database;

    /** @param database the database's name, for messages */
    public JsonTextCodec(String database) {
        this.database = database;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        String text = ((Json) value).text();
        WellFormedText.require(database, type, text);
        ps.setString(index, text);
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
