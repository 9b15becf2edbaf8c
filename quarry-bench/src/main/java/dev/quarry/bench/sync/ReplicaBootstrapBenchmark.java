package dev.quarry.bench.sync;

import static dev.quarry.bench.sync.SyncRowTable.SYNC_ROW;

import dev.quarry.Quarry;
import dev.quarry.query.Dsl;
import dev.quarry.sync.Replica;
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
 * A replica's bootstrap: opening a new file copies {@value #ROWS} rows of {@code sync_row} from the primary in one
 * snapshot and writes them in one local transaction. One shot per iteration; rows per second = {@value #ROWS} / the
 * time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ReplicaBootstrapBenchmark {
    static final int ROWS = 100_000;

    /** The primary: PostgreSQL on loopback, or a SQLite file on this host. */
    @Param({"postgresql", "sqlite"})
    public String source;

    private Quarry primary;
    private Path dir;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = SyncFixture.tempDir();
        primary = SyncFixture.primary(source, ROWS, dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        primary.close();
        SyncFixture.delete(dir);
    }

    @Benchmark
    public long bootstrap() {
        try (Replica replica = Replica.open(dir.resolve("r" + next++ + ".db"), primary, List.of(SYNC_ROW))) {
            long copied = replica.local().select(Dsl.count()).from(SYNC_ROW).fetchOne();
            return copied == ROWS ? copied : failed();
        }
    }

    private static long failed() {
        throw new IllegalStateException("the bootstrap did not copy " + ROWS + " rows");
    }
}
