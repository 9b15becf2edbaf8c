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

/** Narrow row, operation 5: the 100 users of one tag category with the tag's label, ordered by id. */
@State(Scope.Thread)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NarrowJoinBenchmark {

    @Param({"jdbc", "jdbc_plain", "quarry", "quarry_adhoc", "jooq", "hibernate", "jdbi", "mybatis"})
    public String variant;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private NarrowWorkload workload;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new NarrowFixture(target).prepare(false);
        workload = NarrowVariants.open(variant, target);
        for (int category : new int[] {0, 7, 99}) {
            Verify.same(variant, "join of category " + category, NarrowFixture.expectedJoin(category),
                    workload.join(category));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (workload != null) {
            workload.close();
        }
    }

    @Benchmark
    public Object join() {
        return workload.join(next++ % NarrowFixture.CATEGORIES);
    }
}
