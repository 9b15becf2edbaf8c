package dev.quarry.bench;

import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.model.Workload;
import java.sql.Connection;
import java.sql.SQLException;
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

/**
 * Operation 1: 10,000 five-column rows inserted in one transaction, each library in its best batch form. The
 * target table is emptied before every invocation, outside the measurement (each invocation takes milliseconds,
 * so JMH's per-invocation setup costs nothing measurable). {@code quarry} is Quarry's multi-row
 * {@code values(list)}, {@code quarry_batch} its JDBC-batch {@code batch(list)}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
public class InsertBenchmark {

    @Param({"jdbc", "quarry", "quarry_batch", "jooq", "hibernate", "jdbi"})
    public String library;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private final List<BenchRow> rows = Fixture.rows(Fixture.ROWS);
    private Fixture fixture;
    private Connection cleaner;
    private Workload workload;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDb target = BenchDb.of(db);
        fixture = new Fixture(target);
        fixture.prepare(false);
        cleaner = target.connect();
        workload = Libraries.open(library, target);
        workload.insert(rows);
        Verify.same(library, "inserted table", rows, Fixture.read(cleaner, "bench_insert", 1, Fixture.ROWS));
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
