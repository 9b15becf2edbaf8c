package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.Objects;

/**
 * A parameter whose value is given at execution, for queries prepared once and run many times
 * ({@code db.prepare(query)}).
 *
 * @param name a name for messages and logs
 * @param type its type
 * @param <T>  its Java type
 */
public record Placeholder<T>(String name, DataType<T> type) implements Expression<T> {
    public Placeholder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
