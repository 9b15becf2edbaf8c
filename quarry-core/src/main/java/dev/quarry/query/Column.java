package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A typed column of a {@link Table}, usable anywhere an expression is. A column of a number type is one of the
 * subclasses that also take the literals and operands of their type's widening rule: {@link LongColumn},
 * {@link IntColumn}, {@link DecimalColumn}, {@link DoubleColumn} (see {@link Table#longColumn(String)}).
 * Immutable; two columns are equal when they are the same column of the same table instance.
 *
 * @param <T> the Java type of its values
 */
public sealed class Column<T> implements Expression<T> permits LongColumn, IntColumn, DecimalColumn, DoubleColumn {
    private final Table<?> table;
    private final int index;
    private final ColumnDef def;
    private final DataType<T> type;

    Column(Table<?> table, int index, ColumnDef def, DataType<T> type) {
        this.table = Objects.requireNonNull(table, "table");
        this.index = index;
        this.def = Objects.requireNonNull(def, "def");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The column of {@code def} at {@code index} of {@code table}: of the subclass its type's kind has. */
    @SuppressWarnings("unchecked")
    static <T> Column<T> of(Table<?> table, int index, ColumnDef def, DataType<T> type) {
        Class<T> java = type.javaType();
        return (Column<T>) switch (type.kind()) {
            case LONG -> java == Long.class ? new LongColumn(table, index, def) : new Column<>(table, index, def, type);
            case INT -> java == Integer.class ? new IntColumn(table, index, def) : new Column<>(table, index, def, type);
            case DECIMAL -> java == BigDecimal.class
                    ? new DecimalColumn(table, index, def, (DataType<BigDecimal>) type)
                    : new Column<>(table, index, def, type);
            case DOUBLE -> java == Double.class ? new DoubleColumn(table, index, def) : new Column<>(table, index, def, type);
            default -> new Column<>(table, index, def, type);
        };
    }

    /** The table (or table alias) it belongs to. */
    public final Table<?> table() {
        return table;
    }

    /** Its position among the table's columns. */
    public final int index() {
        return index;
    }

    /** Its definition. */
    public final ColumnDef def() {
        return def;
    }

    @Override
    public final DataType<T> type() {
        return type;
    }

    /** The column's name in the database. */
    public final String name() {
        return def.name();
    }

    @Override
    public final String toString() {
        return table.qualifier() + "." + def.name();
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Column<?> c && c.table == table && c.index == index;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(table) * 31 + index;
    }
}
