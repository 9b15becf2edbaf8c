package dev.quarry.bench;

import dev.quarry.bench.jdbc.JdbcWorkload;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.model.Workload;
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

/** Operation 2: one row by primary key, at a random key, mapped to a record (or entity). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
public class PointReadBenchmark {
    private static final int KEYS = 1 << 16;

    @Param({"jdbc", "quarry", "quarry_adhoc", "jooq", "hibernate", "jdbi"})
    public String library;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private Workload workload;
    private final long[] keys = new long[KEYS];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new Fixture(target).prepare(false);
        SplittableRandom random = Fixture.random();
        for (int i = 0; i < KEYS; i++) {
            keys[i] = random.nextLong(1, Fixture.ROWS + 1);
        }
        workload = Libraries.open(library, target);
        try (JdbcWorkload reference = new JdbcWorkload(target)) {
            for (int i = 0; i < 3; i++) {
                long key = keys[i];
                Verify.same(library, "row " + key, reference.findById(key), workload.asRow(workload.findById(key)));
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
    public Object pointRead() {
        return workload.findById(keys[next++ & (KEYS - 1)]);
    }
}
