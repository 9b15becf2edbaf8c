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
 * Narrow row, operation 4: 1,000 {@code users} rows updated by key in one transaction, every non-key column
 * written. Each invocation takes the next of {@value #ROUNDS} fixed-seed key sets with new values, built outside
 * the measurement. Raw JDBC runs at three batch sizes; the fastest per database is the baseline.
 */
@State(Scope.Thread)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_JOOQ,
        BenchSettings.QUIET_JOOQ_TIPS, BenchSettings.QUIET_LOGS, BenchSettings.LOGS_TO_SLF4J})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NarrowUpdateBenchmark {
    private static final int ROUNDS = 64;

    @Param({"jdbc_b100", "jdbc_b500", "jdbc_b1000", "jdbc_plain", "quarry", "quarry_batch", "jooq", "hibernate",
            "jdbi", "mybatis"})
    public String variant;

    @Param({"sqlite", "postgres", "mariadb"})
    public String db;

    private final int[][] keySets = new int[ROUNDS][];
    private NarrowWorkload workload;
    private int round;
    private List<User> changed;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        BenchDb target = BenchDb.of(db);
        new NarrowFixture(target).prepare(false);
        SplittableRandom random = NarrowFixture.random();
        int[] all = new int[NarrowFixture.ROWS];
        for (int i = 0; i < all.length; i++) {
            all[i] = i + 1;
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (int i = 0; i < NarrowFixture.UPDATE_ROWS; i++) { // a partial Fisher-Yates shuffle
                int j = i + random.nextInt(all.length - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            keySets[r] = java.util.Arrays.copyOf(all, NarrowFixture.UPDATE_ROWS);
        }
        workload = NarrowVariants.open(variant, target);
        nextRound();
        workload.update(changed);
        try (Connection c = target.connect()) {
            List<User> table = NarrowFixture.readTable(c, "users");
            List<User> written = new ArrayList<>();
            for (User u : changed) {
                written.add(table.get(u.id() - 1));
            }
            Verify.same(variant, "updated rows", changed, written);
        }
    }

    @Setup(Level.Invocation)
    public void nextRound() {
        round++;
        List<User> rows = new ArrayList<>(NarrowFixture.UPDATE_ROWS);
        for (int key : keySets[round % ROUNDS]) {
            rows.add(User.of(key).changed(round));
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
