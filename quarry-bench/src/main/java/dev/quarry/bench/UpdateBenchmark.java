package dev.quarry.bench;

import dev.quarry.bench.jdbc.JdbcWorkload;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.Fixture;
import dev.quarry.bench.model.Workload;
import java.util.ArrayList;
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
 * Operation 4: 1,000 rows updated by primary key in one transaction, every non-key column written (what saving a
 * changed record does). Each invocation takes the next of {@value #ROUNDS} fixed-seed random key sets and new
 * values, built outside the measurement.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
public class UpdateBenchmark {
    private static final int ROUNDS = 64;

    @Param({"jdbc", "quarry", "jooq", "hibernate", "jdbi"})
    public String library;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private final long[][] keySets = new long[ROUNDS][];
    private Workload workload;
    private int round;
    private List<BenchRow> changed;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDb target = BenchDb.of(db);
        new Fixture(target).prepare(false);
        SplittableRandom random = Fixture.random();
        long[] all = new long[Fixture.ROWS];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        for (int r = 0; r < ROUNDS; r++) {
            // a partial Fisher-Yates shuffle: UPDATE_ROWS distinct keys in random order
            for (int i = 0; i < Fixture.UPDATE_ROWS; i++) {
                int j = i + random.nextInt(all.length - i);
                long t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            keySets[r] = java.util.Arrays.copyOf(all, Fixture.UPDATE_ROWS);
        }
        workload = Libraries.open(library, target);
        nextRound();
        workload.update(changed);
        try (JdbcWorkload reference = new JdbcWorkload(target)) {
            List<BenchRow> written = new ArrayList<>();
            for (BenchRow r : changed) {
                written.add(reference.findById(r.id()));
            }
            Verify.same(library, "updated rows", changed, written);
        }
    }

    @Setup(Level.Invocation)
    public void nextRound() {
        round++;
        long[] keys = keySets[round % ROUNDS];
        List<BenchRow> rows = new ArrayList<>(keys.length);
        for (long key : keys) {
            rows.add(BenchRow.of(key).changed(round));
        }
        changed = rows;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (workload != null) {
            workload.close();
        }
    }

    @Benchmark
    public void update1k() {
        workload.update(changed);
    }
}
