package dev.quarry.session;

import dev.quarry.query.Column;
import dev.quarry.query.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which row a record is: its table's name and its primary key values. The identity map's key. Decimal key values
 * compare without trailing zeros, as the database compares them. Immutable.
 *
 * @param table  the table's name (not its alias: {@code T} and {@code T.as("t")} hold the same rows)
 * @param values the primary key's values, in key order
 */
record RowKey(String table, List<Object> values) {

    /** The key of {@code record} in {@code table}. */
    static <R> RowKey of(Table<R> table, R record) {
        List<Object> values = new ArrayList<>(table.def().primaryKey().size());
        for (Column<?> c : table.primaryKey()) {
            values.add(normal(table.value(record, c.index())));
        }
        return new RowKey(table.name(), values);
    }

    /**
     * The key made of {@code values} given by a caller, checked against the key columns' count and types so that a
     * mistyped key ({@code 11} for a {@code long} column) fails loudly instead of never matching.
     */
    static RowKey given(Table<?> table, Object[] values) {
        List<Column<?>> key = table.primaryKey();
        if (values.length != key.size()) {
            throw new IllegalArgumentException("the primary key of '" + table.name() + "' has " + key.size()
                    + " column(s) " + key.stream().map(Column::name).toList() + ", " + values.length + " given");
        }
        List<Object> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            Class<?> type = key.get(i).type().javaType();
            if (values[i] == null || !type.isInstance(values[i])) {
                throw new IllegalArgumentException("key column '" + table.name() + "." + key.get(i).name()
                        + "' holds " + type.getName() + ", given " + (values[i] == null ? "null"
                        : values[i].getClass().getName() + " " + values[i]));
            }
            out.add(normal(values[i]));
        }
        return new RowKey(table.name(), out);
    }

    static Object normal(Object v) {
        return v instanceof BigDecimal d ? (d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros()) : v;
    }

    @Override
    public String toString() {
        return table + values;
    }
}
