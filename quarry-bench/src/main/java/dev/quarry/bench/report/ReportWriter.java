package dev.quarry.bench.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Writes {@code docs/BENCHMARKS.md} from JMH's JSON results: versions, settings, machine, and per operation a table
 * of each library's score with its speed relative to raw JDBC on the same database, then Quarry against its
 * targets. Run by {@code bench/run}:
 * {@code java -cp benchmarks.jar dev.quarry.bench.report.ReportWriter --results r.json --log jmh.log --out f.md
 * --mode full|smoke}.
 */
public final class ReportWriter {

    /** An operation: its benchmark class, title, and Quarry's target speed against raw JDBC. */
    private record Operation(String benchmark, String title, double target) {
    }

    private static final List<Operation> OPERATIONS = List.of(
            new Operation("InsertBenchmark", "1. Insert 10,000 rows in one transaction", 1.0),
            new Operation("PointReadBenchmark", "2. Point read by primary key, mapped", 0.95),
            new Operation("ReadAllBenchmark", "3. Read 10,000 rows into a list", 0.95),
            new Operation("UpdateBenchmark", "4. Update 1,000 rows by primary key in one transaction", 1.0),
            new Operation("JoinBenchmark", "5. Two-table join, filtered and ordered, 100 rows", 0.95),
            new Operation("StreamBenchmark", "6. Stream 1,000,000 rows", Double.NaN));

    private static final List<String> LIBRARIES = List.of("jdbc", "quarry", "quarry_batch", "quarry_adhoc", "jooq",
            "hibernate", "jdbi");
    private static final List<String> PEERS = List.of("jooq", "hibernate", "jdbi");
    private static final List<String> DATABASES = List.of("sqlite", "postgres", "mariadb");

    private final List<Score> scores;
    private final Map<String, String> failures;
    private final String mode;
    private final Map<String, Object> firstRun;
    private List<String> load = List.of();
    private final StringBuilder md = new StringBuilder();

    private ReportWriter(List<Score> scores, Map<String, String> failures, String mode, Map<String, Object> firstRun) {
        this.scores = scores;
        this.failures = failures;
        this.mode = mode;
        this.firstRun = firstRun;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        Path results = Path.of(required(opts, "--results"));
        Path out = Path.of(required(opts, "--out"));
        String json = Files.readString(results);
        List<Score> scores = Score.parseAll(json);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) JsonReader.parse(json);
        Map<String, String> failures = Failures.read(opts.containsKey("--log") ? Path.of(opts.get("--log")) : null);
        ReportWriter w = new ReportWriter(scores, failures, opts.getOrDefault("--mode", "full"),
                runs.isEmpty() ? Map.of() : runs.get(0));
        if (opts.containsKey("--load") && Files.exists(Path.of(opts.get("--load")))) {
            w.load = Files.readAllLines(Path.of(opts.get("--load")));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, w.render() + keptSections(out));
        System.out.println("wrote " + out + " (" + scores.size() + " results, " + failures.size() + " failed trials)");
    }

    /**
     * The sections other scripts own in the same file, kept across rewrites: from the heading before a
     * {@code <!-- name:start -->} marker to its {@code <!-- name:end -->} (today {@code bench/run-sqlite-engine}'s).
     */
    static String keptSections(Path out) throws IOException {
        if (!Files.exists(out)) {
            return "";
        }
        String old = Files.readString(out);
        int start = old.indexOf("<!-- sqlite-engine:start -->");
        int end = old.indexOf("<!-- sqlite-engine:end -->");
        if (start < 0 || end < start) {
            return "";
        }
        int heading = old.lastIndexOf("\n## ", start);
        return "\n" + old.substring(heading < 0 ? start : heading + 1, end + "<!-- sqlite-engine:end -->".length())
                + "\n";
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing " + name + "; usage: ReportWriter --results r.json "
                    + "--out BENCHMARKS.md [--log jmh.log] [--load loadavg.txt] [--mode full|smoke]");
        }
        return v;
    }

    private String render() throws IOException {
        md.append("# Benchmarks\n\n");
        md.append("Written by `bench/run` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC from JMH's JSON results. ");
        if (mode.equals("smoke")) {
            md.append("**This is a smoke run** (`bench/run --smoke`: no warmup, one 1 s iteration): it proves every "
                    + "benchmark runs end to end; its numbers are not measurements.\n\n");
        } else {
            md.append("A full run of `bench/run`.\n\n");
        }
        md.append(Prose.HOW_TO_RUN);
        settings();
        machine();
        versions();
        md.append(Prose.WORKLOADS);
        md.append("## Results\n\n").append(Prose.READING);
        for (Operation op : OPERATIONS) {
            table(op);
        }
        heap();
        targets();
        failed();
        return md.toString();
    }

    private void settings() {
        md.append("## Settings\n\n");
        if (firstRun.isEmpty()) {
            md.append("No results.\n\n");
            return;
        }
        md.append("- JMH ").append(firstRun.get("jmhVersion")).append(", ")
                .append(num(firstRun.get("forks"))).append(" fork per trial, ")
                .append(num(firstRun.get("threads"))).append(" thread; warmup ")
                .append(num(firstRun.get("warmupIterations"))).append(" × ").append(firstRun.get("warmupTime"))
                .append(", measurement ").append(num(firstRun.get("measurementIterations"))).append(" × ")
                .append(firstRun.get("measurementTime")).append(".\n");
        md.append("- Modes: point read in throughput (ops/s), everything else in average time per operation.\n");
        md.append("- Fork JVM options: `-Xms1g -Xmx1g` (streaming: `-Xmx256m`, to show a library that holds its "
                + "rows), plus options that quiet jOOQ's banner and the loggers.\n");
        md.append("- Profiler: `-prof dev.quarry.bench.PeakHeapProfiler` (heap live after GC, per iteration).\n\n");
    }

    private static String num(Object o) {
        return o instanceof Double d ? String.valueOf(d.longValue()) : String.valueOf(o);
    }

    private void machine() {
        md.append("## Machine\n\n");
        Machine.describe().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!firstRun.isEmpty()) {
            md.append("- JDK: ").append(firstRun.get("vmName")).append(' ').append(firstRun.get("jdkVersion"))
                    .append(" (").append(firstRun.get("vmVersion")).append(")\n");
        }
        Machine.databases().forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append('\n'));
        if (!load.isEmpty()) {
            md.append("- Load average (1, 5, 15 min) at the ").append(String.join("; at the ", load))
                    .append(" of the run, on ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores: above the core count, other work competed for the CPU and the ± grow.\n");
        }
        md.append("- Shared: other work may run on the same cores; compare libraries within one run, not across"
                + " runs.\n\n");
    }

    private void versions() throws IOException {
        md.append("## Versions\n\n| library | version |\n| --- | --- |\n");
        Properties p = new Properties();
        try (InputStream in = ReportWriter.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        for (String key : List.of("quarry", "jOOQ", "Hibernate ORM", "hibernate-community-dialects", "JDBI",
                "sqlite-jdbc", "pgjdbc", "mariadb-java-client", "HikariCP", "JMH")) {
            md.append("| ").append(key).append(" | ").append(p.getProperty(key, "?")).append(" |\n");
        }
        md.append('\n');
    }

    private Optional<Score> find(String operation, String library, String db) {
        return scores.stream().filter(s -> s.operation().equals(operation) && s.library().equals(library)
                && s.db().equals(db)).findFirst();
    }

    private List<String> databasesOf(String operation) {
        List<String> dbs = new ArrayList<>();
        for (String db : DATABASES) {
            boolean any = scores.stream().anyMatch(s -> s.operation().equals(operation) && s.db().equals(db))
                    || failures.keySet().stream().anyMatch(k -> k.startsWith(operation + " ")
                    && k.contains("db = " + db));
            if (any) {
                dbs.add(db);
            }
        }
        return dbs;
    }

    private void table(Operation op) {
        List<String> dbs = databasesOf(op.benchmark());
        md.append("### ").append(op.title()).append("\n\n");
        if (dbs.isEmpty()) {
            md.append("Not run.\n\n");
            return;
        }
        String unit = scores.stream().filter(s -> s.operation().equals(op.benchmark())).map(Score::unit)
                .findFirst().orElse("?");
        boolean higher = unit.endsWith("/s");
        md.append("Score in ").append(unit).append(higher ? " (higher is better)" : " (lower is better)")
                .append("; × JDBC = speed relative to raw JDBC on the same database.\n\n");
        md.append("| library |");
        for (String db : dbs) {
            md.append(' ').append(dbName(db)).append(" | × JDBC |");
        }
        md.append("\n| --- |");
        md.append(" ---: | ---: |".repeat(dbs.size()));
        md.append('\n');
        for (String library : LIBRARIES) {
            if (scores.stream().noneMatch(s -> s.operation().equals(op.benchmark()) && s.library().equals(library))
                    && failures.keySet().stream().noneMatch(k -> k.startsWith(op.benchmark() + " ")
                    && k.contains("library = " + library + ")"))) {
                continue;
            }
            md.append("| ").append(libraryName(library, op)).append(" |");
            for (String db : dbs) {
                Optional<Score> s = find(op.benchmark(), library, db);
                Optional<Score> base = find(op.benchmark(), "jdbc", db);
                md.append(' ').append(s.map(ReportWriter::formatScore).orElse("failed")).append(" | ")
                        .append(s.isPresent() && base.isPresent()
                                ? String.format(Locale.ROOT, "%.2f", s.get().speedAgainst(base.get())) : "—")
                        .append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private void heap() {
        List<String> dbs = databasesOf("StreamBenchmark");
        if (dbs.isEmpty()) {
            return;
        }
        md.append("#### Heap while streaming 1,000,000 rows (`-Xmx256m`)\n\n").append(Prose.HEAP);
        md.append("| library |");
        for (String db : dbs) {
            md.append(' ').append(dbName(db)).append(" live after GC | old gen peak |");
        }
        md.append("\n| --- |").append(" ---: | ---: |".repeat(dbs.size())).append('\n');
        for (String library : LIBRARIES) {
            if (scores.stream().noneMatch(s -> s.operation().equals("StreamBenchmark")
                    && s.library().equals(library))) {
                continue;
            }
            md.append("| ").append(libraryName(library, null)).append(" |");
            for (String db : dbs) {
                Optional<Score> s = find("StreamBenchmark", library, db);
                md.append(' ').append(s.map(x -> mb(x.secondary().get("heap.live"))).orElse("—")).append(" | ")
                        .append(s.map(x -> mb(x.secondary().get("heap.old.peak"))).orElse("—")).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String mb(Double v) {
        return v == null || v.isNaN() ? "—" : String.format(Locale.ROOT, "%.1f MB", v);
    }

    private void targets() {
        md.append("## Quarry against its targets\n\n").append(Prose.TARGETS);
        md.append("| operation | database | target × JDBC | Quarry × JDBC | ahead of jOOQ, Hibernate, JDBI | met |\n");
        md.append("| --- | --- | ---: | ---: | --- | --- |\n");
        for (Operation op : OPERATIONS) {
            if (Double.isNaN(op.target())) {
                continue;
            }
            for (String db : databasesOf(op.benchmark())) {
                Optional<Score> base = find(op.benchmark(), "jdbc", db);
                Optional<Score> quarry = best(op.benchmark(), db);
                md.append("| ").append(op.title().substring(3)).append(" | ").append(dbName(db)).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", op.target())).append(" | ");
                if (quarry.isEmpty() || base.isEmpty()) {
                    md.append("no result | — | — |\n");
                    continue;
                }
                double ratio = quarry.get().speedAgainst(base.get());
                List<String> behind = new ArrayList<>();
                for (String peer : PEERS) {
                    find(op.benchmark(), peer, db).ifPresent(p -> {
                        if (p.speedAgainst(base.get()) >= ratio) {
                            behind.add(libraryName(peer, null));
                        }
                    });
                }
                boolean ahead = behind.isEmpty();
                md.append(String.format(Locale.ROOT, "%.2f", ratio)).append(" | ")
                        .append(ahead ? "yes" : "no: behind " + String.join(", ", behind)).append(" | ")
                        .append(ratio >= op.target() && ahead ? "yes" : "**no**").append(" |\n");
            }
        }
        md.append('\n');
    }

    /** Quarry's faster insert form, or its only form elsewhere. */
    private Optional<Score> best(String operation, String db) {
        Optional<Score> values = find(operation, "quarry", db);
        Optional<Score> batch = find(operation, "quarry_batch", db);
        if (values.isEmpty()) {
            return batch;
        }
        if (batch.isEmpty()) {
            return values;
        }
        return values.get().speedAgainst(batch.get()) >= 1 ? values : batch;
    }

    private void failed() {
        if (failures.isEmpty()) {
            return;
        }
        md.append("## Failed trials\n\nJMH left these out of its results; the first line of each failure:\n\n");
        failures.forEach((trial, reason) -> md.append("- `").append(trial).append("`: ")
                .append(reason.replace("|", "\\|")).append('\n'));
        md.append('\n');
    }

    static String dbName(String db) {
        return switch (db) {
            case "sqlite" -> "SQLite";
            case "postgres" -> "PostgreSQL";
            case "mariadb" -> "MariaDB";
            default -> db;
        };
    }

    private static String libraryName(String library, Operation op) {
        return switch (library) {
            case "jdbc" -> "raw JDBC";
            case "quarry" -> op == null ? "Quarry"
                    : op.benchmark().equals("InsertBenchmark") ? "Quarry (values)"
                    : hasAdHocForm(op) ? "Quarry (prepared)" : "Quarry";
            case "quarry_adhoc" -> "Quarry (ad hoc: built and rendered per call)";
            case "quarry_batch" -> "Quarry (batch)";
            case "jooq" -> "jOOQ";
            case "hibernate" -> "Hibernate";
            case "jdbi" -> "JDBI";
            default -> library;
        };
    }

    private static boolean hasAdHocForm(Operation op) {
        return op.benchmark().equals("PointReadBenchmark") || op.benchmark().equals("JoinBenchmark");
    }

    private static String formatScore(Score s) {
        double v = s.score();
        String value = v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
                : v >= 100 ? String.format(Locale.ROOT, "%.1f", v)
                : v >= 10 ? String.format(Locale.ROOT, "%.2f", v)
                : String.format(Locale.ROOT, "%.3f", v);
        if (Double.isNaN(s.error()) || v == 0) {
            return value;
        }
        return value + String.format(Locale.ROOT, " ±%.0f%%", 100 * s.error() / v);
    }
}
