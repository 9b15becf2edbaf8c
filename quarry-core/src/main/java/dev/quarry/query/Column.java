package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import java.util.Objects;

/**
 * A typed column of a {@link Table}, usable anywhere an expression is.
 *
 * @param table the table (or table alias) it belongs to
 * @param index its position among the table's columns
 * @param def   its definition
 * @param type  its type
 * @param <T>   the Java type of its values
 */
public record Column<T>(Table<?> table, int index, ColumnDef def, DataType<T> type) implements Expression<T> {
    public Column {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(def, "def");
        Objects.requireNonNull(type, "type");
    }

    /** The column's name in the database. */
    public String name() {
        return def.name();
    }

    @Override
    public String toString() {
        return table.qualifier() + "." + def.name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Column<?> c && c.table == table && c.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(table) * 31 + index;
    }
}
