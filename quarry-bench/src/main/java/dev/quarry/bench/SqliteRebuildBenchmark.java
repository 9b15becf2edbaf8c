package dev.quarry.bench;

import dev.quarry.Quarry;
import dev.quarry.migrate.DataLoss;
import dev.quarry.migrate.LiveMigration;
import dev.quarry.migrate.MigrationScript;
import dev.quarry.migrate.Renames;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * What SQLite's table rebuild costs (issue 10): a 1,000,000-row table whose column becomes nullable, made by
 * {@code LiveMigration.apply} on an open handle ({@code way=quarry}: reading the schema, the diff, foreign keys off,
 * the copy, the foreign-key check, the commit) against the same rebuild written by hand ({@code way=hand}: foreign keys off, the
 * same CREATE TABLE, {@code INSERT INTO new SELECT * FROM old}, drop, rename, commit). Each invocation starts from
 * a freshly filled file, so the time is one rebuild.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_LOGS,
        BenchSettings.LOGS_TO_SLF4J})
public class SqliteRebuildBenchmark {
    static final int ROWS = 1_000_000;

    @Param({"quarry", "hand"})
    public String way;

    private Path dir;
    private String url;
    private String createNew;
    private Quarry db;

    static TableDef item(boolean nullableName) {
        TableDef.Builder b = TableDef.builder("item").column("id", DataType.LONG);
        if (nullableName) {
            b.nullableColumn("name", DataType.string(40));
        } else {
            b.column("name", DataType.string(40));
        }
        return b.column("qty", DataType.INT).column("price", DataType.decimal(10, 2)).primaryKey("id").build();
    }

    @Setup(Level.Invocation)
    public void fill() throws Exception {
        dir = Files.createTempDirectory("quarry-rebuild");
        url = "jdbc:sqlite:" + dir.resolve("rebuild.db");
        try (Quarry db = Quarry.open(url)) {
            LiveMigration.apply(db, List.of(item(false)), Renames.none(), DataLoss.REFUSE);
            MigrationScript script = LiveMigration.script(db, List.of(item(true)), Renames.none());
            // the CREATE TABLE of Quarry's own rebuild, so both ways build the same table with the same checks
            createNew = script.steps().get(0).statements().stream().filter(s -> s.startsWith("CREATE TABLE"))
                    .findFirst().orElseThrow().replace("quarry_rebuild_item", "item_new");
            if (!(script.steps().get(0).change() instanceof SchemaChange.RebuildTable)) {
                throw new IllegalStateException("expected a rebuild, got " + script.steps());
            }
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO item (id, name, qty, price) WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL"
                    + " SELECT x + 1 FROM n WHERE x < " + ROWS + ") SELECT x, 'name ' || x, x % 1000, (x % 100000) / 100.0"
                    + " FROM n");
        }
        if (way.equals("quarry")) {
            db = Quarry.open(url); // an application has its handle open already
        }
    }

    @TearDown(Level.Invocation)
    public void check() throws Exception {
        if (db != null) {
            db.close();
            db = null;
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(qty) FROM item")) {
            rs.next();
            if (rs.getLong(1) != ROWS) {
                throw new IllegalStateException(way + " lost rows: " + rs.getLong(1));
            }
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public void rebuild() throws SQLException {
        if (way.equals("quarry")) {
            LiveMigration.apply(db, List.of(item(true)), Renames.none(), DataLoss.REFUSE);
        } else {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = OFF");
                s.execute("BEGIN IMMEDIATE");
                s.execute(createNew);
                s.execute("INSERT INTO item_new SELECT * FROM item");
                s.execute("DROP TABLE item");
                s.execute("ALTER TABLE item_new RENAME TO item");
                s.execute("COMMIT");
            }
        }
    }
}
