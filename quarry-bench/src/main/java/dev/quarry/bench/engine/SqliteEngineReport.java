package dev.quarry.bench.engine;

import java.util.List;
import java.util.Locale;

/** The markdown table of {@link SqliteEngineBenchmark}'s results. */
final class SqliteEngineReport {
    private SqliteEngineReport() {
    }

    static String table(SqliteEngineBenchmark.Options o, List<String> names, List<List<MixedRound.Result>> results,
                        String sqliteVersion) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Mixed workload on one SQLite %s file (WAL, synchronous=NORMAL, "
                        + "busy_timeout=%d ms): %d threads, 80 %% point reads by key, 10 %% single-row updates, 10 %% "
                        + "single-row inserts, %,d rows to start; %d rounds of %d s per setup after a %d s warm-up, "
                        + "setups alternating, a fresh file per round; %d cores, Java %s. A BUSY error is an "
                        + "operation that failed with SQLITE_BUSY (counted, not retried).%n%n",
                sqliteVersion, o.busyTimeoutMs, o.threads, o.rows, o.rounds, o.seconds, o.warmup,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        b.append("| setup | ops/s (all rounds) | ops/s per round | p50 latency | p99 latency | BUSY errors |\n");
        b.append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < names.size(); i++) {
            List<MixedRound.Result> rs = results.get(i);
            long ops = 0;
            long busy = 0;
            double seconds = 0;
            StringBuilder perRound = new StringBuilder();
            for (MixedRound.Result r : rs) {
                ops += r.ops();
                busy += r.busy();
                seconds += r.seconds();
                perRound.append(perRound.length() == 0 ? "" : " / ")
                        .append(String.format(Locale.ROOT, "%,.0f", r.opsPerSecond()));
            }
            long[] all = LatencyLog.sorted(rs.stream().map(SqliteEngineReport::log).toList());
            b.append(String.format(Locale.ROOT, "| %s | %,.0f | %s | %s | %s | %,d |%n", names.get(i), ops / seconds,
                    perRound, micros(LatencyLog.percentile(all, 50)), micros(LatencyLog.percentile(all, 99)), busy));
        }
        return b.toString();
    }

    private static LatencyLog log(MixedRound.Result r) {
        LatencyLog l = new LatencyLog();
        for (long v : r.sortedLatencies()) {
            l.add(v);
        }
        return l;
    }

    private static String micros(long nanos) {
        return nanos >= 10_000_000 ? String.format(Locale.ROOT, "%,.1f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%,d µs", nanos / 1000);
    }
}
