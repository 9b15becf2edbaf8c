package dev.quarry.internal.dialect;

import dev.quarry.schema.SqlType;
import java.util.EnumMap;
import java.util.Map;

/**
 * One database's codec per portable type, looked up by array index on the hot path. Immutable.
 */
public final class TypeCodecs {
    private final TypeCodec[] codecs = new TypeCodec[SqlType.values().length];

    public TypeCodecs(Map<SqlType, TypeCodec> byType) {
        EnumMap<SqlType, TypeCodec> all = new EnumMap<>(byType);
        for (SqlType t : SqlType.values()) {
            TypeCodec c = all.get(t);
            if (c == null) {
                throw new IllegalArgumentException("no codec for " + t);
            }
            codecs[t.ordinal()] = c;
        }
    }

    /** The codec of {@code type}. */
    public TypeCodec get(SqlType type) {
        return codecs[type.ordinal()];
    }
}
