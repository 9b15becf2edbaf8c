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

/**
 * Narrow row, operation 1: 10,000 {@code users} rows inserted in one transaction. The target is emptied before
 * every invocation, outside the measurement. Raw JDBC runs at three batch sizes; the fastest per database is the
 * baseline.
 */
@State(Scope.Thread)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NarrowInsertBenchmark {

    @Param({"jdbc_b100", "jdbc_b500", "jdbc_b1000", "jdbc_plain", "quarry", "quarry_batch", "jooq", "hibernate",
            "jdbi", "mybatis"})
    public String variant;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private final List<User> rows = NarrowFixture.users(NarrowFixture.ROWS);
    private NarrowFixture fixture;
    private Connection cleaner;
    private NarrowWorkload workload;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDb target = BenchDb.of(db);
        fixture = new NarrowFixture(target);
        fixture.prepare(false);
        cleaner = target.connect();
        workload = NarrowVariants.open(variant, target);
        workload.insert(rows);
        Verify.same(variant, "inserted table", rows, NarrowFixture.readTable(cleaner, "users_insert"));
        fixture.clearInserted(cleaner);
    }

    @Setup(Level.Invocation)
    public void emptyTable() throws SQLException {
        fixture.clearInserted(cleaner);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (workload != null) {
            workload.close();
        }
        if (cleaner != null) {
            cleaner.close();
        }
    }

    @Benchmark
    public void insert10k() {
        workload.insert(rows);
    }
}
