package dev.quarry.relation;

import dev.quarry.query.Column;
import dev.quarry.query.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key of each of a list of rows along some columns (a foreign key or the columns it references), and the
 * distinct keys among them with their values as read, to bind in {@code IN (...)}. A row with a NULL in any key
 * column has no key (it matches nothing, as in SQL). Immutable once built.
 *
 * <p>Keys are compared in a normal form so that the two sides of a foreign key match even where their Java types
 * differ a little: integral numbers as {@code Long}, decimals without trailing zeros (the database compares
 * {@code 1.0} and {@code 1.00} equal; {@link BigDecimal#equals} does not).
 */
final class KeySet {
    private final List<Object> rowKeys;
    private final Map<Object, Object[]> distinct;

    private KeySet(List<Object> rowKeys, Map<Object, Object[]> distinct) {
        this.rowKeys = rowKeys;
        this.distinct = distinct;
    }

    /** The keys of {@code rows} of {@code table} along {@code columns}. */
    static <R> KeySet of(Table<R> table, List<? extends R> rows, List<Column<?>> columns) {
        List<Object> keys = new ArrayList<>(rows.size());
        Map<Object, Object[]> distinct = new LinkedHashMap<>();
        for (R row : rows) {
            Object[] raw = new Object[columns.size()];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = table.value(row, columns.get(i).index());
            }
            Object key = normalKey(raw);
            keys.add(key);
            if (key != null) {
                distinct.putIfAbsent(key, raw);
            }
        }
        return new KeySet(Collections.unmodifiableList(keys), distinct);
    }

    /** The normal-form key of {@code row} of {@code table} along {@code columns}, or null if any value is NULL. */
    static <R> Object keyOf(Table<R> table, R row, List<Column<?>> columns) {
        Object[] raw = new Object[columns.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = table.value(row, columns.get(i).index());
        }
        return normalKey(raw);
    }

    private static Object normalKey(Object[] raw) {
        for (Object v : raw) {
            if (v == null) {
                return null;
            }
        }
        if (raw.length == 1) {
            return normal(raw[0]);
        }
        Object[] n = new Object[raw.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = normal(raw[i]);
        }
        return Arrays.asList(n);
    }

    private static Object normal(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
        }
        return v;
    }

    /** The key of the row at {@code index}, or null. */
    Object keyAt(int index) {
        return rowKeys.get(index);
    }

    /** The distinct keys' values as read, in first-seen order. */
    List<Object[]> distinctValues() {
        return new ArrayList<>(distinct.values());
    }

    boolean isEmpty() {
        return distinct.isEmpty();
    }
}
