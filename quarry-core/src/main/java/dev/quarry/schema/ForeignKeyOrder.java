package dev.quarry.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Orders tables so that each comes after the tables its foreign keys reference: the order to create tables or insert
 * rows in (and, reversed, to drop or delete). Only references among the given tables count; a table referencing
 * itself is fine. Otherwise the given order is kept. A depth-first topological sort; stateless.
 */
public final class ForeignKeyOrder {
    private ForeignKeyOrder() {
    }

    /**
     * {@code items}, parents before children; {@code def} gives each item's table.
     *
     * @throws IllegalArgumentException if the foreign keys among them form a cycle, naming a table on it
     */
    public static <T> List<T> parentsFirst(Collection<T> items, Function<T, TableDef> def) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T item : items) {
            byName.putIfAbsent(def.apply(item).name(), item);
        }
        List<T> out = new ArrayList<>(byName.size());
        Map<String, Boolean> done = new HashMap<>();
        for (T item : byName.values()) {
            visit(item, def, byName, done, out);
        }
        return out;
    }

    /** {@code items}, children before parents. */
    public static <T> List<T> childrenFirst(Collection<T> items, Function<T, TableDef> def) {
        List<T> order = parentsFirst(items, def);
        Collections.reverse(order);
        return order;
    }

    private static <T> void visit(T item, Function<T, TableDef> def, Map<String, T> byName,
                                  Map<String, Boolean> done, List<T> out) {
        TableDef table = def.apply(item);
        Boolean state = done.get(table.name());
        if (Boolean.TRUE.equals(state)) {
            return;
        }
        if (Boolean.FALSE.equals(state)) {
            throw new IllegalArgumentException("the foreign keys among the tables form a cycle through '"
                    + table.name() + "'");
        }
        done.put(table.name(), Boolean.FALSE);
        for (ForeignKeyDef fk : table.foreignKeys()) {
            T parent = byName.get(fk.refTable());
            if (parent != null && !fk.refTable().equals(table.name())) {
                visit(parent, def, byName, done, out);
            }
        }
        done.put(table.name(), Boolean.TRUE);
        out.add(item);
    }
}
