package dev.quarry.bench;

import dev.quarry.bench.jdbc.JdbcWorkload;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.model.Workload;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Operation 3: all 10,000 rows of {@code bench_row} into a list of records (or entities). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
public class ReadAllBenchmark {

    @Param({"jdbc", "quarry", "jooq", "hibernate", "jdbi"})
    public String library;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private Workload workload;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new Fixture(target).prepare(false);
        workload = Libraries.open(library, target);
        try (JdbcWorkload reference = new JdbcWorkload(target)) {
            List<BenchRow> rows = workload.readAll().stream().map(workload::asRow)
                    .sorted(Comparator.comparingLong(BenchRow::id)).toList();
            if (rows.size() != Fixture.ROWS) {
                throw new IllegalStateException(library + " read " + rows.size() + " rows, not " + Fixture.ROWS);
            }
            List<BenchRow> expected = reference.readAll().stream()
                    .sorted(Comparator.comparingLong(BenchRow::id)).toList();
            Verify.same(library, "10,000 rows", expected, rows);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (workload != null) {
            workload.close();
        }
    }

    @Benchmark
    public List<?> readAll() {
        return workload.readAll();
    }
}
