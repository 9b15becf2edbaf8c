package dev.quarry.bench.watch;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.query.Dsl;
import dev.quarry.watch.Watch;
import dev.quarry.watch.WatchOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * What watching costs, per database: the latency from a write to the watch's new result (own writes, and writes by
 * another connection), and the write throughput with 0, 100 and 1,000 idle watches and with 100 watches on the
 * written table. Printed as markdown (and written to {@code --out}).
 *
 * <p>A standalone main rather than JMH, for the reason {@code SqliteEngineBenchmark} gives: the quantities are a
 * system's behaviour across threads (a commit on one, an emission on another), and percentiles need every sample.
 * Throughput rounds alternate the setups, after a warm-up of each, so drift of a shared machine hits all of them.
 *
 * <p>Arguments: {@code --db sqlite,postgres,mariadb --samples 300 --seconds 5 --rounds 3 --out FILE}.
 */
public final class WatchBenchmark {
    private static final int[] IDLE = {0, 100, 1000};

    private WatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dbs = "sqlite,postgres,mariadb";
        int samples = 300;
        int seconds = 5;
        int rounds = 3;
        Path out = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> dbs = args[i + 1];
                case "--samples" -> samples = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        StringBuilder latency = new StringBuilder("""
                | database | write | plain write p50 | write to new result p50 | p99 | samples |
                | --- | --- | ---: | ---: | ---: | ---: |
                """);
        StringBuilder throughput = new StringBuilder("""
                | database | watches | writes/s (median of rounds) | vs no watch | rounds |
                | --- | --- | ---: | ---: | --- |
                """);
        for (String name : dbs.split(",")) {
            BenchDb db = BenchDb.of(name.trim());
            latency(db, samples, latency);
            throughput(db, seconds, rounds, throughput);
        }
        String report = "### Latency (throttle 0)\n\n" + latency + "\n### Write throughput (single-row inserts, "
                + "auto-commit, one thread)\n\n" + throughput;
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    private static Quarry open(BenchDb db) throws Exception {
        if (db != BenchDb.SQLITE) {
            try (Connection c = db.connectServer(); Statement st = c.createStatement()) {
                st.execute(db == BenchDb.POSTGRES ? "CREATE SCHEMA IF NOT EXISTS " + BenchDb.SCHEMA
                        : "CREATE DATABASE IF NOT EXISTS " + BenchDb.SCHEMA);
            }
        }
        QuarrySettings.Builder s = QuarrySettings.builder();
        if (db.user() != null) {
            s.username(db.user()).password(db.password());
        }
        Quarry q = Quarry.open(db.quarryUrl(), s.build());
        for (NoteTable t : List.of(WRITTEN, IDLE_TABLE)) {
            q.schema().dropIfExists(t);
            q.schema().create(t);
        }
        return q;
    }

    private static final NoteTable WRITTEN = NoteTable.named("watch_written");
    private static final NoteTable IDLE_TABLE = NoteTable.named("watch_idle");

    /** Own writes through Quarry, and writes by a plain JDBC connection, each waited for on a count watch. */
    private static void latency(BenchDb db, int samples, StringBuilder table) throws Exception {
        try (Quarry q = open(db); Connection other = db.connect()) {
            BlockingQueue<Long> counts = new LinkedBlockingQueue<>();
            Watch<Long> count = q.watch(dev.quarry.watch.LiveQuery.reading(List.of(WRITTEN),
                    d -> d.select(Dsl.count()).from(WRITTEN).fetchOne()), WatchOptions.DEFAULTS.throttle(Duration.ZERO));
            try (var live = count.listen(counts::add, Throwable::printStackTrace);
                 PreparedStatement insert = other.prepareStatement("INSERT INTO watch_written (id, n) VALUES (?, 1)")) {
                take(counts, 0);
                long id = 0;
                long[] plain = new long[samples];
                long[] own = new long[samples];
                long[] foreign = new long[samples];
                for (int warm = 0; warm < 2; warm++) {
                    for (int i = 0; i < samples; i++) {
                        long t0 = System.nanoTime();
                        q.insertInto(WRITTEN).values(new Note(++id, 1)).execute();
                        long t1 = System.nanoTime();
                        take(counts, id);
                        long t2 = System.nanoTime();
                        plain[i] = t1 - t0;
                        own[i] = t2 - t0;
                        insert.setLong(1, ++id);
                        t0 = System.nanoTime();
                        insert.executeUpdate();
                        take(counts, id);
                        foreign[i] = System.nanoTime() - t0;
                    }
                }
                Arrays.sort(plain);
                Arrays.sort(own);
                Arrays.sort(foreign);
                row(table, db, "through this handle", plain, own);
                row(table, db, "another connection (plain JDBC)", null, foreign);
            }
        }
    }

    private static void row(StringBuilder table, BenchDb db, String what, long[] plain, long[] sorted) {
        table.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f ms | %.2f ms | %d |%n", db.name().toLowerCase(
                Locale.ROOT), what, plain == null ? "" : String.format(Locale.ROOT, "%.2f ms", pct(plain, 50) / 1e6),
                pct(sorted, 50) / 1e6, pct(sorted, 99) / 1e6, sorted.length));
    }

    private static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Waits for the count {@code expected}; a watch may emit counts in between only if writes raced, never here. */
    private static void take(BlockingQueue<Long> counts, long expected) throws InterruptedException {
        while (true) {
            Long v = counts.poll(30, TimeUnit.SECONDS);
            if (v == null) {
                throw new IllegalStateException("no result within 30 s waiting for count " + expected);
            }
            if (v == expected) {
                return;
            }
        }
    }

    private static void throughput(BenchDb db, int seconds, int rounds, StringBuilder table) throws Exception {
        List<String> setups = new ArrayList<>();
        for (int k : IDLE) {
            setups.add(k + " idle");
        }
        setups.add("100 on the written table (throttle 1 s)");
        List<List<Double>> results = new ArrayList<>();
        for (String s : setups) {
            results.add(new ArrayList<>());
            runThroughput(db, s, 1); // warm-up
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < setups.size(); i++) {
                results.get(i).add(runThroughput(db, setups.get(i), seconds));
            }
        }
        double base = median(results.get(0));
        for (int i = 0; i < setups.size(); i++) {
            List<Double> rs = results.get(i);
            table.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %.3f | %s |%n",
                    db.name().toLowerCase(Locale.ROOT), setups.get(i), median(rs), median(rs) / base,
                    rs.stream().map(v -> String.format(Locale.ROOT, "%,.0f", v)).toList()));
        }
    }

    private static double runThroughput(BenchDb db, String setup, int seconds) throws Exception {
        try (Quarry q = open(db)) {
            List<Watch.Listening> watches = new ArrayList<>();
            boolean onWritten = setup.startsWith("100 on");
            int k = onWritten ? 100 : Integer.parseInt(setup.substring(0, setup.indexOf(' ')));
            for (int i = 0; i < k; i++) {
                NoteTable t = onWritten ? WRITTEN : IDLE_TABLE;
                watches.add(q.watch(q.selectFrom(t).where(t.n.eq((long) -i)),
                        WatchOptions.DEFAULTS.throttle(Duration.ofSeconds(1))).listen(r -> { }, Throwable::printStackTrace));
            }
            long id = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long start = System.nanoTime();
            while (System.nanoTime() < end) {
                q.insertInto(WRITTEN).values(new Note(++id, 1)).execute();
            }
            double perSecond = id / ((System.nanoTime() - start) / 1e9);
            watches.forEach(Watch.Listening::close);
            return perSecond;
        }
    }

    private static double median(List<Double> values) {
        List<Double> s = values.stream().sorted().toList();
        return s.get(s.size() / 2);
    }
}
