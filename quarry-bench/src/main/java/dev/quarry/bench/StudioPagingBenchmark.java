package dev.quarry.bench;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.studio.Studio;
import dev.quarry.studio.StudioOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Quarry Studio's grid on a 1,000,000-row table (issue 15): one page of 50 rows from the middle of the table, by the
 * primary key or by an indexed text column, as the page asks for it when turning a page, or when opening the grid
 * (with the row count):
 * {@code way=studio} is the HTTP request {@code GET /api/rows?table=studio_page&sort=...&after=[...]} on a running
 * Studio (token cookie, the keyset query and the row count through the DSL, the JSON answer); {@code way=jdbc} is
 * the same two queries by hand on one JDBC connection (the keyset {@code SELECT ... WHERE key > ? ORDER BY key LIMIT
 * 51}, or by name in the form the Studio renders, and {@code count(*)}), each value read as text: the floor any grid pays. The ratio is what the Studio adds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {BenchSettings.HEAP_MIN, BenchSettings.HEAP_MAX, BenchSettings.QUIET_LOGS})
public class StudioPagingBenchmark {
    static final int ROWS = 1_000_000;
    static final int PAGE = 50;

    @Param({"sqlite", "postgres"})
    public String db;

    @Param({"studio", "jdbc"})
    public String way;

    /**
     * {@code next-by-key}, {@code next-by-name}: turning to the next page (the page keeps its count: no
     * {@code count(*)}); {@code first-by-key}: opening the grid on a page, which also counts the table's rows.
     */
    @Param({"next-by-key", "next-by-name", "first-by-key"})
    public String request;

    private String order;
    private boolean counted;

    private BenchDb target;
    private Quarry quarry;
    private Studio studio;
    private HttpClient http;
    private HttpRequest pageRequest;
    private Connection jdbc;
    private PreparedStatement page;
    private PreparedStatement count;
    private String middleName;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        target = BenchDb.of(db);
        order = request.endsWith("name") ? "name" : "key";
        counted = request.startsWith("first");
        fill(target);
        try (Connection c = target.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM studio_page WHERE id = " + ROWS / 2)) {
            rs.next();
            middleName = rs.getString(1);
        }
        if (way.equals("studio")) {
            QuarrySettings.Builder settings = QuarrySettings.builder();
            if (target.user() != null) {
                settings.username(target.user()).password(target.password());
            }
            quarry = Quarry.open(target.quarryUrl(), settings.build());
            studio = Studio.start(quarry, StudioOptions.defaults().pageSize(PAGE));
            http = HttpClient.newHttpClient();
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(studio.url()).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            String after = order.equals("key") ? "[\"" + ROWS / 2 + "\"]" : "[\"" + middleName + "\",\"" + ROWS / 2 + "\"]";
            URI uri = studio.address().resolve("/api/rows?table=studio_page" + (order.equals("key") ? "" : "&sort=name")
                    + "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8) + (counted ? "" : "&total=no"));
            pageRequest = HttpRequest.newBuilder(uri).header("Cookie", cookie).build();
            String body = http.send(pageRequest, HttpResponse.BodyHandlers.ofString()).body();
            if (!body.contains("\"total\":" + (counted ? String.valueOf(ROWS) : "null"))) {
                throw new IllegalStateException("the Studio's page is not the expected one: " + body.substring(0,
                        Math.min(300, body.length())));
            }
        } else {
            jdbc = target.connect();
            page = jdbc.prepareStatement(order.equals("key")
                    ? "SELECT id, name, qty FROM studio_page WHERE id > ? ORDER BY id LIMIT " + (PAGE + 1)
                    : "SELECT id, name, qty FROM studio_page WHERE name >= ? AND (name > ? OR (name = ? AND id > ?))"
                            + " ORDER BY name, id LIMIT " + (PAGE + 1));
            count = jdbc.prepareStatement("SELECT count(*) FROM studio_page");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (studio != null) {
            studio.close();
            quarry.close();
        }
        if (jdbc != null) {
            jdbc.close();
        }
    }

    @Benchmark
    public Object onePage() throws Exception {
        if (way.equals("studio")) {
            return http.send(pageRequest, HttpResponse.BodyHandlers.ofByteArray()).body();
        }
        if (order.equals("key")) {
            page.setLong(1, ROWS / 2);
        } else {
            page.setString(1, middleName);
            page.setString(2, middleName);
            page.setString(3, middleName);
            page.setLong(4, ROWS / 2);
        }
        List<String> values = new ArrayList<>(3 * (PAGE + 1));
        try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
                values.add(rs.getString(2));
                values.add(rs.getString(3));
            }
        }
        if (counted) {
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Creates and fills {@code studio_page} once; later runs find it full and reuse it. */
    private static void fill(BenchDb target) throws SQLException {
        if (target != BenchDb.SQLITE) {
            try (Connection c = target.connectServer(); Statement s = c.createStatement()) {
                s.execute(target == BenchDb.POSTGRES ? "CREATE SCHEMA IF NOT EXISTS " + BenchDb.SCHEMA
                        : "CREATE DATABASE IF NOT EXISTS " + BenchDb.SCHEMA);
            }
        }
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM studio_page")) {
                if (rs.next() && rs.getLong(1) == ROWS) {
                    return;
                }
            } catch (SQLException missing) {
                // not there yet
            }
            s.execute("DROP TABLE IF EXISTS studio_page");
            s.execute("CREATE TABLE studio_page (id BIGINT PRIMARY KEY, name VARCHAR(40) NOT NULL, qty INT NOT NULL)");
            s.execute("CREATE INDEX studio_page_name ON studio_page (name)");
            if (target == BenchDb.SQLITE) {
                s.execute("INSERT INTO studio_page WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n"
                        + " WHERE x < " + ROWS + ") SELECT x, 'name ' || ((x * 7919) % " + ROWS + "), x % 1000 FROM n");
            } else {
                s.execute("INSERT INTO studio_page SELECT x, 'name ' || ((x::bigint * 7919) % " + ROWS + "), x % 1000"
                        + " FROM generate_series(1, " + ROWS + ") AS x");
                s.execute("ANALYZE studio_page");
            }
        }
    }
}
