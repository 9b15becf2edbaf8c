package dev.quarry.bench.sync;

import static dev.quarry.bench.sync.SyncRowTable.SYNC_ROW;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.sync.SyncPrimary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sync benchmarks' primary: PostgreSQL ({@code $QUARRY_PG_URL}, default 127.0.0.1:5432/test, user postgres) in
 * a schema of their own, {@code quarry_bench_sync}, or a SQLite file in the benchmark's temporary directory, holding
 * {@code sync_row} with {@code rows} rows in the shape {@code BenchRow.of(id)} writes, and change capture installed.
 * Replica files go to a fresh temporary directory.
 */
final class SyncFixture {
    static final String SCHEMA = "quarry_bench_sync";

    private SyncFixture() {
    }

    private static String serverUrl() {
        String url = System.getenv("QUARRY_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    private static String user() {
        String u = System.getenv("QUARRY_PG_USER");
        return u == null || u.isBlank() ? "postgres" : u;
    }

    /**
     * A primary handle of {@code kind} ("postgresql", or "sqlite": a file in {@code dir}) on a fresh {@code sync_row}
     * of {@code rows} rows, with capture installed.
     */
    static Quarry primary(String kind, int rows, Path dir) throws SQLException {
        if (!kind.equals("sqlite")) {
            return primary(rows);
        }
        Quarry primary = Quarry.open("jdbc:sqlite:" + dir.resolve("primary.db"));
        primary.schema().create(SYNC_ROW);
        primary.sql("WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < ?) INSERT INTO sync_row "
                + "(id, name, quantity, price, created_at) SELECT x, 'name-' || x, x % 1000, (x % 4000) * 0.25, "
                + "1700000000000 + x * 1000 FROM g", rows).execute();
        SyncPrimary.install(primary, List.of(SYNC_ROW));
        return primary;
    }

    /** A primary handle on a fresh {@code sync_row} of {@code rows} rows, with capture installed. */
    static Quarry primary(int rows) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), user(), System.getenv("QUARRY_PG_PASSWORD"));
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            st.execute("CREATE SCHEMA " + SCHEMA);
        }
        String sep = serverUrl().contains("?") ? "&" : "?";
        QuarrySettings.Builder s = QuarrySettings.builder().username(user());
        String password = System.getenv("QUARRY_PG_PASSWORD");
        if (password != null) {
            s.password(password);
        }
        Quarry primary = Quarry.open(serverUrl() + sep + "currentSchema=" + SCHEMA, s.build());
        primary.schema().create(SYNC_ROW);
        primary.sql("INSERT INTO sync_row (id, name, quantity, price, created_at) SELECT g, 'name-' || g, g % 1000, "
                + "(g % 4000) * 0.25, 1700000000000 + g * 1000 FROM generate_series(1, ?) g", rows).execute();
        SyncPrimary.install(primary, List.of(SYNC_ROW));
        return primary;
    }

    static Path tempDir() throws IOException {
        return Files.createTempDirectory("quarry-bench-sync");
    }

    static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
