package dev.quarry.bench;

import dev.quarry.bench.jdbc.JdbcWorkload;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.model.Workload;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Operation 6: all 1,000,000 rows of {@code bench_stream}, mapped one at a time and dropped. The fork has a
 * 256 MB heap; run with {@code -prof dev.quarry.bench.PeakHeapProfiler} to see the heap left live after each GC,
 * which stays flat (a few MB) when a library really streams and grows with the rows when it does not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.SMALL_HEAP, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
public class StreamBenchmark {

    @Param({"jdbc", "quarry", "jooq", "hibernate", "jdbi"})
    public String library;

    @Param({"sqlite", "postgres"})
    public String db;

    private Workload workload;

    /** What a stream read, to compare libraries: the row count and sums over two columns. */
    private static final class Checksum {
        long rows;
        long ids;
        long quantities;

        void add(BenchRow r) {
            rows++;
            ids += r.id();
            quantities += r.quantity();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Checksum c && c.rows == rows && c.ids == ids && c.quantities == quantities;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(rows ^ ids ^ quantities);
        }

        @Override
        public String toString() {
            return rows + " rows, sum(id) " + ids + ", sum(quantity) " + quantities;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new Fixture(target).prepare(true);
        workload = Libraries.open(library, target);
        Checksum expected = new Checksum();
        try (JdbcWorkload reference = new JdbcWorkload(target)) {
            reference.stream(o -> expected.add((BenchRow) o));
        }
        Checksum actual = new Checksum();
        long n = workload.stream(o -> actual.add(workload.asRow(o)));
        if (n != Fixture.STREAM_ROWS) {
            throw new IllegalStateException(library + " counted " + n + " streamed rows");
        }
        Verify.same(library, "stream", expected, actual);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (workload != null) {
            workload.close();
        }
    }

    @Benchmark
    public long stream1m(Blackhole blackhole) {
        return workload.stream(blackhole::consume);
    }
}
