package dev.quarry.bench;

import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.narrow.NarrowFixture;
import dev.quarry.bench.narrow.NarrowJdbc;
import dev.quarry.bench.narrow.NarrowVariants;
import dev.quarry.bench.narrow.NarrowWorkload;
import dev.quarry.bench.narrow.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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

/** Narrow row, operation 2: one {@code users} row by primary key, at a random key, mapped. */
@State(Scope.Thread)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NarrowPointReadBenchmark {
    private static final int KEYS = 1 << 16;

    @Param({"jdbc", "jdbc_plain", "quarry", "quarry_adhoc", "jooq", "hibernate", "jdbi", "mybatis"})
    public String variant;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private NarrowWorkload workload;
    private final int[] keys = new int[KEYS];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new NarrowFixture(target).prepare(false);
        SplittableRandom random = NarrowFixture.random();
        for (int i = 0; i < KEYS; i++) {
            keys[i] = random.nextInt(1, NarrowFixture.ROWS + 1);
        }
        workload = NarrowVariants.open(variant, target);
        for (int i = 0; i < 3; i++) {
            int key = keys[i];
            Verify.same(variant, "user " + key, User.of(key), workload.asUser(workload.findById(key)));
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
