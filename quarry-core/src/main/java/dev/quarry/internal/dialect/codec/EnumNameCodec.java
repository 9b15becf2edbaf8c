package dev.quarry.internal.dialect.codec;

import dev.quarry.error.QuarryException;
import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * An enum stored as the text of its constant's name (never its ordinal, which changes when constants are
 * reordered). A name read that the enum does not have is an error naming both, not a null. Immutable.
 */
public final class EnumNameCodec implements TypeCodec {
    private final String database;

    public EnumNameCodec(String database) {
        this.database = database;
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        ps.setString(index, ((Enum<?>) value).name());
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.VARCHAR);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        String name = rs.getString(index);
        return name == null ? null : constant(type, name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object constant(DataType<?> type, String name) {
        try {
            return Enum.valueOf((Class) type.javaType(), name); // a cached map lookup inside the JDK
        } catch (IllegalArgumentException unknown) {
            throw new QuarryException("Cannot read " + ValueRejection.shown(name) + " from a " + type
                    + " column on " + database + ": " + type.javaType().getName()
                    + " has no constant of that name (renamed or removed since the row was written?)");
        }
    }
}
