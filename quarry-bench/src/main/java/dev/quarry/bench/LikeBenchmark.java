package dev.quarry.bench;

import dev.quarry.Quarry;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.quarry.BenchRowTable;
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
 * The DSL's case-sensitive LIKE over {@code bench_row}'s 10,000 names ({@code name-<id>}), ad hoc as a user writes
 * it: a prefix pattern and a contains pattern. On SQLite the DSL renders GLOB (issue 9); this measures what that
 * costs against what it replaced (LIKE under {@code PRAGMA case_sensitive_like}), built from two commits.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_LOGS,
        BenchSettings.LOGS_TO_SLF4J})
public class LikeBenchmark {

    @Param({"sqlite"})
    public String db;

    private Quarry quarry;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new Fixture(target).prepare(false);
        quarry = Quarry.open(target.quarryUrl());
        if (prefix().size() != 11 || contains().size() != 10) {
            throw new IllegalStateException("unexpected matches: " + prefix().size() + ", " + contains().size());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        quarry.close();
    }

    /** {@code name LIKE 'name-123%'}: 11 rows (123, 1230..1239). */
    @Benchmark
    public List<BenchRow> prefix() {
        return quarry.selectFrom(BenchRowTable.ROW).where(BenchRowTable.ROW.name.like("name-123%")).fetch();
    }

    /** {@code name LIKE '%-123_'}: 10 rows (1230..1239), a pattern no index can serve. */
    @Benchmark
    public List<BenchRow> contains() {
        return quarry.selectFrom(BenchRowTable.ROW).where(BenchRowTable.ROW.name.like("%-123_")).fetch();
    }
}
