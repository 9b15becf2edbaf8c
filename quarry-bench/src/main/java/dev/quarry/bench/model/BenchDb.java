package dev.quarry.bench.model;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * A database the benchmarks run on, and how every library reaches it. All libraries get the same URL with the same
 * driver flags, so a difference in score is the library's, not the driver's:
 * <ul>
 *   <li>SQLite: a file in {@code $QUARRY_BENCH_DIR} (default {@code <tmp>/quarry-bench}), WAL and
 *       {@code synchronous=NORMAL} (Quarry's defaults, set here as sqlite-jdbc URL pragmas for the others);</li>
 *   <li>PostgreSQL: {@code $QUARRY_PG_URL} (default 127.0.0.1:5432, database {@code test}, user postgres) in schema
 *       {@code quarry_bench}, with pgjdbc's {@code reWriteBatchedInserts=true};</li>
 *   <li>MariaDB: the server of {@code $QUARRY_MYSQL_URL} (default 127.0.0.1:3306, root, no password), database
 *       {@code quarry_bench}, with {@code useBulkStmts=true} (the bulk protocol for batched updates too).</li>
 * </ul>
 */
public enum BenchDb {
    SQLITE, POSTGRES, MARIADB;

    /** The schema (PostgreSQL) or database (MariaDB) the benchmarks own. */
    public static final String SCHEMA = "quarry_bench";

    /** The value of a benchmark's {@code db} parameter. */
    public static BenchDb of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The SQLite database file. */
    public static Path sqliteFile() {
        String dir = System.getenv("QUARRY_BENCH_DIR");
        Path base = dir != null && !dir.isBlank() ? Paths.get(dir)
                : Paths.get(System.getProperty("java.io.tmpdir"), "quarry-bench");
        try {
            Files.createDirectories(base);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the benchmark directory " + base, e);
        }
        return base.resolve("bench.db").toAbsolutePath();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The server's URL without the benchmark schema, for creating it. */
    String serverUrl() {
        return switch (this) {
            case SQLITE -> "jdbc:sqlite:" + sqliteFile();
            case POSTGRES -> env("QUARRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            case MARIADB -> env("QUARRY_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        };
    }

    /** The URL every library but Quarry is given: the benchmark schema and the best driver flags. */
    public String url() {
        return switch (this) {
            case SQLITE -> "jdbc:sqlite:" + sqliteFile() + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000";
            case POSTGRES -> withParams(serverUrl(), "currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true");
            case MARIADB -> withParams(withDatabase(serverUrl(), SCHEMA), "useBulkStmts=true");
        };
    }

    /**
     * The URL Quarry is given. SQLite gets the plain file (Quarry sets WAL and {@code synchronous=NORMAL} itself);
     * the servers get the same URL as the other libraries.
     */
    public String quarryUrl() {
        return this == SQLITE ? "jdbc:sqlite:" + sqliteFile() : url();
    }

    public String user() {
        return switch (this) {
            case SQLITE -> null;
            case POSTGRES -> env("QUARRY_PG_USER", "postgres");
            case MARIADB -> env("QUARRY_MYSQL_USER", "root");
        };
    }

    public String password() {
        return switch (this) {
            case SQLITE -> null;
            case POSTGRES -> env("QUARRY_PG_PASSWORD", "");
            case MARIADB -> env("QUARRY_MYSQL_PASSWORD", "");
        };
    }

    /** A new connection to the benchmark schema, in auto-commit. */
    public Connection connect() throws SQLException {
        return this == SQLITE ? DriverManager.getConnection(url())
                : DriverManager.getConnection(url(), user(), password());
    }

    /** A new connection to the server without the benchmark schema (which may not exist yet). */
    public Connection connectServer() throws SQLException {
        return this == SQLITE ? DriverManager.getConnection(url())
                : DriverManager.getConnection(serverUrl(), user(), password());
    }

    /**
     * A HikariCP pool on {@link #url()}: how an application hands jOOQ, Hibernate and JDBI their connections. Four
     * connections; the benchmarks use one at a time.
     */
    public HikariDataSource pool(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url());
        if (user() != null) {
            config.setUsername(user());
            config.setPassword(password());
        }
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    /** The SQL type of a column of Java type {@code javaType}, with {@code length} for text. */
    public String type(Class<?> javaType) {
        if (javaType == long.class) {
            return this == SQLITE ? "INTEGER" : "BIGINT";
        }
        if (javaType == int.class) {
            return this == SQLITE ? "INTEGER" : "INT";
        }
        if (javaType == double.class) {
            return this == SQLITE ? "REAL" : this == POSTGRES ? "DOUBLE PRECISION" : "DOUBLE";
        }
        if (javaType == String.class) {
            return this == SQLITE ? "TEXT" : "VARCHAR(64)";
        }
        throw new IllegalArgumentException(javaType.getName());
    }

    /** The fastest way to empty {@code table}. */
    public String truncate(String table) {
        // SQLite has no TRUNCATE; an unfiltered DELETE takes its truncate optimisation
        // (https://www.sqlite.org/lang_delete.html#the_truncate_optimization).
        return this == SQLITE ? "DELETE FROM " + table : "TRUNCATE TABLE " + table;
    }

    private static String withParams(String url, String params) {
        return url + (url.contains("?") ? "&" : "?") + params;
    }

    private static String withDatabase(String url, String database) {
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String query = q < 0 ? "" : url.substring(q);
        int slash = base.indexOf('/', "jdbc:mariadb://".length());
        String host = slash < 0 ? base : base.substring(0, slash);
        return host + "/" + database + query;
    }
}
