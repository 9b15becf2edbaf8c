package dev.quarry.bench.sync;

import static dev.quarry.bench.sync.SyncRowTable.SYNC_ROW;

import dev.quarry.Quarry;
import dev.quarry.sync.Replica;
import dev.quarry.sync.SyncResult;
import java.nio.file.Path;
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
 * An incremental pull of {@value #CHANGED} changed rows (of 100,000): before each shot one statement updates them on
 * the primary (not timed); the shot is {@code replica.sync()}, which reads their keys from the change log and their
 * rows in one snapshot and applies them locally in one transaction.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ReplicaPullBenchmark {
    static final int CHANGED = 10_000;

    /** The primary: PostgreSQL on loopback, or a SQLite file on this host. */
    @Param({"postgresql", "sqlite"})
    public String source;

    private Quarry primary;
    private Path dir;
    private Replica replica;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = SyncFixture.tempDir();
        primary = SyncFixture.primary(source, ReplicaBootstrapBenchmark.ROWS, dir);
        replica = Replica.open(dir.resolve("r.db"), primary, List.of(SYNC_ROW));
    }

    @Setup(Level.Iteration)
    public void change() {
        primary.sql("UPDATE sync_row SET quantity = quantity + 1 WHERE id <= ?", CHANGED).execute();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        replica.close();
        primary.close();
        SyncFixture.delete(dir);
    }

    @Benchmark
    public SyncResult pull() {
        SyncResult r = replica.sync();
        if (r.upserted() != CHANGED) {
            throw new IllegalStateException("expected " + CHANGED + " rows, pulled " + r);
        }
        return r;
    }
}
