package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.UUID;

/**
 * A UUID as its 36-character lower-case canonical text ({@link UUID#toString()}), for databases without a UUID
 * type (SQLite {@code TEXT}, MariaDB {@code CHAR(36)}). Lower case on every write keeps equality and unique keys
 * working as text comparisons. Immutable.
 */
public final class UuidTextCodec implements TypeCodec {
    private final String database;

    public UuidTextCodec(String database) {
        this.database = database;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        ps.setString(index, value.toString());
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.CHAR);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return null;
        }
        if (text.length() != 36) { // UUID.fromString accepts shortened groups such as "1-2-3-4-5"
            throw ValueRejection.unreadable(database, type, text, "a UUID is 36 characters");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ValueRejection.unreadable(database, type, text, "it is not a UUID");
        }
    }
}
