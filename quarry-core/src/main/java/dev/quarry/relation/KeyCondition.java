package dev.quarry.relation;

import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import java.util.ArrayList;
import java.util.List;

/**
 * The condition "these columns hold one of these keys": {@code col IN (?, ?, ...)} for a one-column key, and
 * {@code (a = ? AND b = ?) OR ...} for a composite one (the DSL has no row-value IN, and MariaDB could not use an
 * index for one before 10.3 anyway). Stateless.
 */
final class KeyCondition {
    private KeyCondition() {
    }

    /** The rows whose {@code columns} equal one of {@code keys} (each an array of one value per column). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Condition in(List<Column<?>> columns, List<Object[]> keys) {
        if (columns.size() == 1) {
            List<Object> values = new ArrayList<>(keys.size());
            for (Object[] k : keys) {
                values.add(k[0]);
            }
            return ((Column) columns.get(0)).in(values);
        }
        Condition any = null;
        for (Object[] k : keys) {
            Condition all = null;
            for (int i = 0; i < k.length; i++) {
                Condition eq = ((Column) columns.get(i)).eq(k[i]);
                all = all == null ? eq : all.and(eq);
            }
            any = any == null ? all : any.or(all);
        }
        return any;
    }
}
