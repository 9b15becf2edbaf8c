package dev.quarry.bench.engine;

import java.util.Arrays;

/** Every latency one thread measured, in nanoseconds, kept whole so percentiles are exact. Not thread-safe. */
final class LatencyLog {
    private long[] values = new long[1 << 16];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** All of {@code logs} in one sorted array. */
    static long[] sorted(Iterable<LatencyLog> logs) {
        int n = 0;
        for (LatencyLog l : logs) {
            n += l.size;
        }
        long[] all = new long[n];
        int at = 0;
        for (LatencyLog l : logs) {
            System.arraycopy(l.values, 0, all, at, l.size);
            at += l.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** The {@code p}-th percentile (0 to 100) of sorted values, nearest rank. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
