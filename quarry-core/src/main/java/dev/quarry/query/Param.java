package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.Objects;

/**
 * A value bound as a JDBC parameter, typed so the engine binds it through the right codec. Never rendered as text.
 *
 * @param value the value, may be null
 * @param type  its type
 * @param <T>   its Java type
 */
public record Param<T>(T value, DataType<T> type) implements Expression<T> {
    public Param {
        Objects.requireNonNull(type, "type");
        type.cast(value);
    }
}
