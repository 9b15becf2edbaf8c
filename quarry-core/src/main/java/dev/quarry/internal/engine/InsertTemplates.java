package dev.quarry.internal.engine;

import dev.quarry.internal.dialect.render.BulkInsert;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The rendered chunk shapes of many-row inserts, kept across calls so that inserting 10,000 records again renders
 * no SQL and looks up no codec. How it works: a bounded map, least recently used first out, guarded by its own
 * monitor (held only for the lookup, never while rendering or running SQL). A key names the shape only (table,
 * columns, rows per chunk, conflict clause and RETURNING list: {@link BulkInsert.ShapeKey}); only shapes whose every
 * parameter is a row value are stored, so a key never holds a user's value. Thread-safe.
 */
final class InsertTemplates {
    /** Shapes kept per database: a few tables times a full chunk and a last, shorter one. */
    static final int CAPACITY = 64;

    private final Map<BulkInsert.ShapeKey, InsertRunner.Template> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BulkInsert.ShapeKey, InsertRunner.Template> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The cached template for {@code key}, or the one {@code render} makes (kept if it is {@code cacheable}). */
    InsertRunner.Template get(BulkInsert.ShapeKey key, Function<BulkInsert.ShapeKey, InsertRunner.Template> render) {
        InsertRunner.Template t;
        synchronized (cache) {
            t = cache.get(key);
        }
        if (t != null) {
            return t;
        }
        t = render.apply(key);
        if (t.cacheable) {
            synchronized (cache) {
                cache.put(key, t);
            }
        }
        return t;
    }

    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
