package dev.quarry.internal.dialect;

import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Binds and reads the values of one portable type on one database. A codec checks that a value can be stored
 * exactly and throws {@link dev.quarry.error.InvalidValueException} naming the value's problem if not.
 * Stateless and thread-safe.
 */
public interface TypeCodec {

    /** Binds {@code value} (never null) as parameter {@code index} (1-based). */
    void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException;

    /** Binds SQL NULL of {@code type} as parameter {@code index}. */
    void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException;

    /** Reads column {@code index} (1-based) as {@code type}'s Java class, or null for SQL NULL. */
    Object read(ResultSet rs, int index, DataType<?> type) throws SQLException;
}
