package dev.quarry.bench;

import dev.quarry.Quarry;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
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
 * What the CHECK constraints Quarry adds to its SQLite tables (issue 9: {@code quarry_fits_<column>}) cost a write:
 * 10,000 rows of {@code (id, name STRING(40), qty INT, price DECIMAL(10,2), flag BOOLEAN)} inserted in one
 * transaction by a JDBC batch, into the table as Quarry creates it ({@code checks=on}) and into the same table with
 * those constraints left out ({@code checks=off}). Plain JDBC on both sides, so only the database's work differs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_LOGS,
        BenchSettings.LOGS_TO_SLF4J})
public class SqliteCheckCostBenchmark {
    private static final int ROWS = 10_000;
    private static final TableDef ITEM = TableDef.builder("item").column("id", DataType.LONG)
            .column("name", DataType.string(40)).column("qty", DataType.INT)
            .column("price", DataType.decimal(10, 2)).column("flag", DataType.BOOLEAN).primaryKey("id").build();

    @Param({"on", "off"})
    public String checks;

    private Path dir;
    private Connection c;
    private PreparedStatement insert;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("quarry-checks");
        String url = "jdbc:sqlite:" + dir.resolve("checks.db");
        String ddl;
        try (Quarry q = Quarry.open(url)) {
            ddl = q.platform().ddl().createTable(ITEM, false).get(0);
        }
        if (checks.equals("off")) {
            // Quarry writes its own checks last: the statement without them ends where they begin
            ddl = ddl.substring(0, ddl.indexOf(", CONSTRAINT \"quarry_fits_")) + ")";
        }
        if (ddl.contains("quarry_fits") != checks.equals("on")) {
            throw new IllegalStateException("unexpected DDL for checks=" + checks + ": " + ddl);
        }
        c = DriverManager.getConnection(url + "?journal_mode=WAL&synchronous=NORMAL");
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
        }
        c.setAutoCommit(false);
        insert = c.prepareStatement("INSERT INTO item (id, name, qty, price, flag) VALUES (?, ?, ?, ?, ?)");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        c.close();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public int insert10k() throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM item");
        }
        for (int i = 1; i <= ROWS; i++) {
            insert.setLong(1, i);
            insert.setString(2, "item-" + i);
            insert.setInt(3, i % 1000);
            insert.setDouble(4, (i % 4000) * 0.25);
            insert.setInt(5, i & 1);
            insert.addBatch();
        }
        int n = insert.executeBatch().length;
        c.commit();
        return n;
    }
}
