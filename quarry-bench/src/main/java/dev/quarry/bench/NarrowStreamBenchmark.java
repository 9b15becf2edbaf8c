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

/** Narrow row, operation 6: every row of {@code users_stream} streamed, mapped, without holding them. */
@State(Scope.Thread)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NarrowStreamBenchmark {

    @Param({"jdbc", "quarry", "jooq", "hibernate", "jdbi", "mybatis"})
    public String variant;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private NarrowWorkload workload;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new NarrowFixture(target).prepare(true);
        workload = NarrowVariants.open(variant, target);
        long[] sums = new long[3];
        long n = workload.stream(o -> {
            User u = workload.asUser(o);
            sums[0] += u.id();
            sums[1] += u.age();
            sums[2] += u.name().length() + u.email().length();
        });
        long[] expected = new long[3];
        for (User u : NarrowFixture.users(NarrowFixture.STREAM_ROWS)) {
            expected[0] += u.id();
            expected[1] += u.age();
            expected[2] += u.name().length() + u.email().length();
        }
        Verify.same(variant, "stream count", (long) NarrowFixture.STREAM_ROWS, n);
        Verify.same(variant, "stream sums", java.util.Arrays.toString(expected), java.util.Arrays.toString(sums));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (workload != null) {
            workload.close();
        }
    }

    @Benchmark
    public long stream() {
        return workload.stream(o -> { });
    }
}
