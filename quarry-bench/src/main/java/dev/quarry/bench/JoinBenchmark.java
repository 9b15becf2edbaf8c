package dev.quarry.bench;

import dev.quarry.bench.jdbc.JdbcWorkload;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.model.JoinRow;
import dev.quarry.bench.model.Workload;
import java.util.List;
import java.util.SplittableRandom;
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

/**
 * Operation 5: {@code bench_row} joined with {@code bench_tag}, filtered by a random tag category and ordered by
 * id: 100 rows mapped to {@link JoinRow}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
public class JoinBenchmark {
    private static final int KEYS = 1 << 12;

    @Param({"jdbc", "quarry", "quarry_adhoc", "jooq", "hibernate", "jdbi"})
    public String library;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private final int[] categories = new int[KEYS];
    private Workload workload;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new Fixture(target).prepare(false);
        SplittableRandom random = Fixture.random();
        for (int i = 0; i < KEYS; i++) {
            categories[i] = random.nextInt(Fixture.CATEGORIES);
        }
        workload = Libraries.open(library, target);
        try (JdbcWorkload reference = new JdbcWorkload(target)) {
            for (int i = 0; i < 3; i++) {
                int category = categories[i];
                List<JoinRow> expected = reference.join(category);
                Verify.same("raw JDBC", "join of category " + category, Fixture.expectedJoin(category), expected);
                Verify.same(library, "join of category " + category, expected, workload.join(category));
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (workload != null) {
            workload.close();
        }
    }

    @Benchmark
    public List<JoinRow> join100() {
        return workload.join(categories[next++ & (KEYS - 1)]);
    }
}
