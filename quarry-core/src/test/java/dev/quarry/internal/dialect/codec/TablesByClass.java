package dev.quarry.internal.dialect.codec;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value tables a test class created, shared by its properties (jqwik makes an instance per property, and a
 * table per type is enough for the whole class).
 */
final class TablesByClass {
    private static final Map<String, ValueTable> TABLES = new ConcurrentHashMap<>();

    private TablesByClass() {
    }

    static ValueTable get(Class<?> owner, String key) {
        return TABLES.get(owner.getName() + "/" + key);
    }

    static void put(Class<?> owner, String key, ValueTable table) {
        TABLES.put(owner.getName() + "/" + key, table);
    }

    static void forget(Class<?> owner) {
        TABLES.keySet().removeIf(k -> k.startsWith(owner.getName() + "/"));
    }
}
