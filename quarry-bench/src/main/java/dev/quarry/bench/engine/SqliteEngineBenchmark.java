package dev.quarry.bench.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The mixed concurrent workload on one SQLite file, Quarry's engine against HikariCP over sqlite-jdbc: throughput,
 * p50/p99 latency and BUSY errors, printed as a markdown table (and written to {@code --out}).
 *
 * <p>A standalone main rather than JMH: the three numbers must come from the same run (JMH's {@code @AuxCounters}
 * work only in throughput and average-time modes, its sample-time mode gives the percentiles but not the error
 * count), and the quantity is a system's behaviour under contention, not a method's cost. Honesty comes from the
 * same measures JMH would take: a warm-up round per setup, then rounds that alternate the setups (so drift of a
 * shared machine hits both), a fresh database file per round, every latency kept (exact percentiles) and a
 * {@code System.nanoTime} pair per operation of tens of microseconds.
 *
 * <p>Arguments: {@code --rounds 3 --seconds 10 --warmup 5 --threads 4 --rows 10000 --busy-timeout-ms 5000
 * --out FILE}.
 */
public final class SqliteEngineBenchmark {
    private SqliteEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        List<BiFunction<String, Duration, MixedSetup>> setups = List.of(NaiveHikariSetup::new,
                QuarryEngineSetup::defaults, QuarryEngineSetup::fairLock);
        List<String> names = new ArrayList<>();
        List<List<MixedRound.Result>> results = new ArrayList<>();
        for (BiFunction<String, Duration, MixedSetup> s : setups) {
            MixedRound.Result warm = round(s, o, Duration.ofSeconds(o.warmup), 0, names);
            System.err.printf(Locale.ROOT, "warm-up  %-40s %,10.0f ops/s%n", names.get(names.size() - 1),
                    warm.opsPerSecond());
            results.add(new ArrayList<>());
        }
        for (int r = 1; r <= o.rounds; r++) {
            for (int i = 0; i < setups.size(); i++) {
                MixedRound.Result res = round(setups.get(i), o, Duration.ofSeconds(o.seconds), r, new ArrayList<>());
                System.err.printf(Locale.ROOT, "round %d  %-40s %,10.0f ops/s  p99 %,8d us  busy %d%n", r,
                        names.get(i), res.opsPerSecond(), LatencyLog.percentile(res.sortedLatencies(), 99) / 1000,
                        res.busy());
                results.get(i).add(res);
            }
        }
        String table = SqliteEngineReport.table(o, names, results, sqliteVersion());
        System.out.println(table);
        if (o.out != null) {
            Files.writeString(o.out, table, StandardCharsets.UTF_8);
        }
    }

    /** One round of {@code factory}'s setup on a fresh file; its name is added to {@code names}. */
    private static MixedRound.Result round(BiFunction<String, Duration, MixedSetup> factory, Options o,
                                           Duration duration, long seed, List<String> names)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("quarry-mixed");
        String url = "jdbc:sqlite:" + dir.resolve("mixed.db");
        try (MixedSetup setup = factory.apply(url, Duration.ofMillis(o.busyTimeoutMs))) {
            names.add(setup.name());
            setup.fill(o.rows);
            return MixedRound.run(setup, o.threads, o.rows, duration, seed * 100);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String sqliteVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             ResultSet rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The run's settings. */
    static final class Options {
        int rounds = 3;
        int seconds = 10;
        int warmup = 5;
        int threads = 4;
        int rows = 10_000;
        long busyTimeoutMs = 5_000;
        Path out;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i += 2) {
                String v = args[i + 1];
                switch (args[i]) {
                    case "--rounds" -> o.rounds = Integer.parseInt(v);
                    case "--seconds" -> o.seconds = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--threads" -> o.threads = Integer.parseInt(v);
                    case "--rows" -> o.rows = Integer.parseInt(v);
                    case "--busy-timeout-ms" -> o.busyTimeoutMs = Long.parseLong(v);
                    case "--out" -> o.out = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return o;
        }
    }
}
