package dev.quarry.internal.engine;

import dev.quarry.internal.dialect.render.QueryShapeKey;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plans of queries built per call ({@code db.selectFrom(T).where(T.id.eq(id)).fetch()}), by their
 * {@link QueryShapeKey}: the second call of a shape records it without writing its text, then binds its values into
 * the plan the first call made. Bounded: past {@value #CAPACITY} shapes it starts afresh, so a stream of one-off
 * shapes (IN lists of every length) costs a render each, as it would uncached, and never grows the heap. One per
 * database; thread-safe, and reads take no lock.
 */
final class PlanCache {
    static final int CAPACITY = 512;

    private final ConcurrentHashMap<QueryShapeKey, Plan> plans = new ConcurrentHashMap<>();

    Plan get(QueryShapeKey key) {
        return plans.get(key);
    }

    void put(QueryShapeKey key, Plan plan) {
        if (plans.size() >= CAPACITY) {
            plans.clear();
        }
        plans.put(key.compact(), plan);
    }

    int size() {
        return plans.size();
    }
}
