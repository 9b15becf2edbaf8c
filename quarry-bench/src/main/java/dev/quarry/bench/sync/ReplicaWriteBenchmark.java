package dev.quarry.bench.sync;

import static dev.quarry.bench.sync.SyncRowTable.SYNC_ROW;

import dev.quarry.Quarry;
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
 * A one-row update through a replica ({@code replica.write}: one transaction on the primary, then a sync until the
 * replica holds it, read-your-writes) against the same update run directly on the primary. Both on a 10,000-row
 * table; the replica starts in sync.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ReplicaWriteBenchmark {
    private static final int ROWS = 10_000;

    @Param({"forwarded", "direct"})
    public String path;

    private Quarry primary;
    private Path dir;
    private Replica replica;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = SyncFixture.tempDir();
        primary = SyncFixture.primary(ROWS);
        replica = Replica.open(dir.resolve("r.db"), primary, List.of(SYNC_ROW));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        replica.close();
        primary.close();
        SyncFixture.delete(dir);
    }

    @Benchmark
    public long write() {
        int n = next++;
        long key = n % ROWS + 1;
        if (path.equals("forwarded")) {
            return replica.write(tx -> tx.update(SYNC_ROW).set(SYNC_ROW.quantity, n).where(SYNC_ROW.id.eq(key))
                    .execute());
        }
        return primary.update(SYNC_ROW).set(SYNC_ROW.quantity, n).where(SYNC_ROW.id.eq(key)).execute();
    }
}
