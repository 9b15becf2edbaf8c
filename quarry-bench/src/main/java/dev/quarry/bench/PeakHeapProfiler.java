package dev.quarry.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler ({@code -prof dev.quarry.bench.PeakHeapProfiler}) reporting, per iteration, the most heap left
 * live after any garbage collection ({@code heap.live}), the old generation's peak ({@code heap.old.peak}) and the
 * sum of the heap pools' peaks ({@code heap.peak}), in MB, each the maximum over the measured iterations.
 *
 * <p>How it works: before an iteration it resets every heap pool's peak and subscribes to the collectors' GC
 * notifications; each notification adds up the heap pools' usage after that collection and keeps the largest
 * sum. A streaming read allocates a lot but keeps little, so its live heap stays at a few MB however many rows it
 * reads; a read that holds its rows grows with them. Notifications arrive on a JMX thread, hence the volatile.
 */
public final class PeakHeapProfiler implements InternalProfiler {
    private static final double MB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final Set<String> heapPoolNames = new HashSet<>();
    private volatile long maxLiveAfterGc;
    private final NotificationListener listener = this::onGc;

    public PeakHeapProfiler() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
                heapPoolNames.add(pool.getName());
            }
        }
    }

    @Override
    public String getDescription() {
        return "Heap left live after GC, and heap pool peaks, per iteration (MB)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        maxLiveAfterGc = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // not subscribed: nothing to undo
            }
        }
        long peak = 0;
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            long used = pool.getPeakUsage().getUsed();
            peak += used;
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                oldPeak = Math.max(oldPeak, used);
            }
        }
        return List.of(
                new ScalarResult("heap.live", maxLiveAfterGc / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.old.peak", oldPeak / MB, "MB", AggregationPolicy.MAX),
                new ScalarResult("heap.peak", peak / MB, "MB", AggregationPolicy.MAX));
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long live = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(e.getKey())) {
                MemoryUsage usage = e.getValue();
                live += usage.getUsed();
            }
        }
        if (live > maxLiveAfterGc) {
            maxLiveAfterGc = live;
        }
    }
}
