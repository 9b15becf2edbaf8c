package dev.quarry.testing;

import dev.quarry.Quarry;
import dev.quarry.QuarryObserver;
import dev.quarry.spi.ResourceCounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Every database handle opened in this JVM, found through Quarry's published {@link QuarryObserver} hook (listed in
 * {@code META-INF/services}), so the leak check sees handles a test opens itself with {@code Quarry.open}. Held
 * weakly: a closed handle stays counted until collected, so what a test leaked before closing its handle is still
 * seen. Thread-safe.
 */
public final class OpenHandles implements QuarryObserver {
    private static final Set<Quarry> HANDLES = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void opened(Quarry db) {
        HANDLES.add(db);
    }

    /** The sum of what every handle holds open now. */
    static ResourceCounts total() {
        List<Quarry> all;
        synchronized (HANDLES) {
            all = new ArrayList<>(HANDLES);
        }
        int c = 0;
        int s = 0;
        int r = 0;
        int d = 0;
        int t = 0;
        for (Quarry q : all) {
            ResourceCounts n = q.platform().resources();
            c += n.connections();
            s += n.statements();
            r += n.resultSets();
            d += n.dedicatedConnections();
            t += n.backgroundTasks();
        }
        return new ResourceCounts(c, s, r, d, t);
    }
}
