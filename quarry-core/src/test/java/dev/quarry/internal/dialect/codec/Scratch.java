package dev.quarry.internal.dialect.codec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.opentest4j.TestAbortedException;

/**
 * A database of a test class's own: a PostgreSQL schema or MariaDB database named {@code q_codec_<random>}, or a
 * SQLite temp file, dropped on close, so parallel runs never see each other's tables. A server that cannot be
 * reached skips the test with the reason, or fails it when {@code QUARRY_REQUIRE_ALL_DBS=1}. Not thread-safe.
 */
public final class Scratch implements AutoCloseable {
    private static final java.util.Map<TestDb, String> UNREACHABLE = new java.util.concurrent.ConcurrentHashMap<>();

    private final TestDb db;
    private final String url;
    private final String name;
    private final Path file;
    private final Connection connection;

    private Scratch(TestDb db, String url, String name, Path file) throws SQLException {
        this.db = db;
        this.url = url;
        this.name = name;
        this.file = file;
        this.connection = connect();
    }

    /** A new scratch on {@code db}; skips (or fails, in CI) when the server is unreachable. */
    public static Scratch open(TestDb db) {
        String name = "q_codec_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            switch (db) {
                case SQLITE:
                    Path file = Files.createTempFile("q_codec_", ".db");
                    return new Scratch(db, "jdbc:sqlite:" + file, name, file);
                case POSTGRES:
                    String pg = env("QUARRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
                    run(pg, "CREATE SCHEMA " + name);
                    return new Scratch(db, pg, name, null);
                default:
                    String my = env("QUARRY_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root");
                    run(my, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                    return new Scratch(db, my, name, null);
            }
        } catch (Exception e) {
            String reason = db + " is not reachable (" + e.getMessage() + ")";
            if ("1".equals(System.getenv("QUARRY_REQUIRE_ALL_DBS"))) {
                throw new AssertionError(reason + " and QUARRY_REQUIRE_ALL_DBS=1", e);
            }
            System.err.println("SKIPPED: " + reason);
            throw new TestAbortedException(reason, e);
        }
    }

    /**
     * Null when {@code db}'s server answers, else why not; throws when {@code QUARRY_REQUIRE_ALL_DBS=1} and it does
     * not. For runners that skip by result rather than by exception.
     */
    public static String unreachable(TestDb db) {
        return UNREACHABLE.computeIfAbsent(db, d -> {
            try {
                open(d).close();
                return "";
            } catch (TestAbortedException e) {
                return e.getMessage();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).transform(reason -> reason.isEmpty() ? null : reason);
    }

    /** The database kind. */
    public TestDb db() {
        return db;
    }

    /** The connection the test works on (auto-commit). */
    public Connection connection() {
        return connection;
    }

    /** A further connection to the same scratch, for concurrency tests; the caller closes it. */
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            switch (db) {
                case SQLITE:
                    s.execute("PRAGMA foreign_keys = ON");
                    s.execute("PRAGMA journal_mode = WAL"); // no fsync per auto-commit insert: tests run fast
                    s.execute("PRAGMA synchronous = OFF");
                    break;
                case POSTGRES:
                    s.execute("SET search_path TO " + name);
                    s.execute("SET synchronous_commit = off"); // no WAL flush wait per auto-commit insert
                    break;
                default:
                    s.execute("USE " + name);
                    // Strict mode makes MariaDB reject rather than truncate (https://mariadb.com/kb/en/sql-mode/).
                    s.execute("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,"
                            + "NO_ENGINE_SUBSTITUTION'");
                    break;
            }
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Runs {@code sql} on the work connection. */
    public void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The single number {@code sql} selects. */
    public long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
        } finally {
            switch (db) {
                case SQLITE:
                    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                        Files.deleteIfExists(Path.of(file + suffix));
                    }
                    break;
                case POSTGRES:
                    run(url, "DROP SCHEMA " + name + " CASCADE");
                    break;
                default:
                    run(url, "DROP DATABASE " + name);
                    break;
            }
        }
    }

    private static void run(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    @Override
    public String toString() {
        return db.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
