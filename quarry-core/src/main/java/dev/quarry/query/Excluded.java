package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * In an upsert's update part, the value the conflicting insert tried to write to {@code column}
 * ({@code excluded.col} on SQLite and PostgreSQL, {@code VALUES(col)} on MariaDB).
 *
 * @param column the column
 * @param <T>    its Java type
 */
public record Excluded<T>(Column<T> column) implements Expression<T> {
    @Override
    public DataType<T> type() {
        return column.type();
    }
}
