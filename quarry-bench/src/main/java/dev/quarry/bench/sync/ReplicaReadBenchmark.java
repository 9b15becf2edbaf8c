package dev.quarry.bench.sync;

import static dev.quarry.bench.sync.SyncRowTable.SYNC_ROW;

import dev.quarry.Quarry;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.sync.Replica;
import java.nio.file.Path;
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
 * A point read by key on a replica's local file against the same read on a plain Quarry SQLite file holding the
 * same 10,000 rows: a replica's reads are ordinary local reads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ReplicaReadBenchmark {
    private static final int ROWS = 10_000;
    private static final int KEYS = 1024;

    @Param({"replica", "sqlite"})
    public String source;

    private Quarry primary;
    private Path dir;
    private Replica replica;
    private Quarry local;
    private final long[] keys = new long[KEYS];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = SyncFixture.tempDir();
        primary = SyncFixture.primary(ROWS);
        if (source.equals("replica")) {
            replica = Replica.open(dir.resolve("r.db"), primary, List.of(SYNC_ROW));
            local = replica.local();
        } else {
            local = Quarry.open("jdbc:sqlite:" + dir.resolve("plain.db"));
            local.schema().create(SYNC_ROW);
            local.insertInto(SYNC_ROW).values(primary.selectFrom(SYNC_ROW).fetch()).execute();
        }
        SplittableRandom random = new SplittableRandom(20_240_601L);
        for (int i = 0; i < KEYS; i++) {
            keys[i] = random.nextLong(1, ROWS + 1);
        }
        BenchRow expected = primary.selectFrom(SYNC_ROW).where(SYNC_ROW.id.eq(keys[0])).fetchOne();
        if (!expected.equals(read(keys[0]))) {
            throw new IllegalStateException(source + " read " + read(keys[0]) + ", the primary holds " + expected);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (replica != null) {
            replica.close();
        } else {
            local.close();
        }
        primary.close();
        SyncFixture.delete(dir);
    }

    private BenchRow read(long key) {
        return local.selectFrom(SYNC_ROW).where(SYNC_ROW.id.eq(key)).fetchOne();
    }

    @Benchmark
    public BenchRow pointRead() {
        return read(keys[next++ & (KEYS - 1)]);
    }
}
