package dev.quarry.session;

import dev.quarry.query.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The columns whose values differ between two versions of one row, compared as the database would: decimals by
 * value ({@code 1.0} equals {@code 1.00}, which {@link BigDecimal#equals} denies) and byte arrays by content.
 * Primary key columns are never listed: two versions of one row share their key. Stateless.
 */
final class ColumnDiff {
    private ColumnDiff() {
    }

    /** The indexes (definition order) of the non-key columns where {@code before} and {@code after} differ. */
    static <R> List<Integer> changed(Table<R> table, R before, R after) {
        List<Integer> out = new ArrayList<>();
        List<String> key = table.def().primaryKey();
        for (int i = 0; i < table.width(); i++) {
            if (!key.contains(table.def().columns().get(i).name())
                    && !same(table.value(before, i), table.value(after, i))) {
                out.add(i);
            }
        }
        return out;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }
}
