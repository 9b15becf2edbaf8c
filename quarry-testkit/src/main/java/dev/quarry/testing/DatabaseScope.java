package dev.quarry.testing;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One test class's private corner of one database: a temporary SQLite file, a PostgreSQL schema or a MariaDB
 * database named {@code q_<random>}, created on first use and dropped by {@link #close()}. Tests in it never see
 * another class's tables. Holds the shared {@link Quarry} of the class and remembers which tables it created, so
 * {@link #use(Table[])} can create a table once and only empty it for the next test.
 *
 * <p>Not thread-safe: a test class runs its tests one at a time.
 */
public final class DatabaseScope implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TestTarget target;
    private final String name;
    private final String url;
    private final Path directory;
    private final List<Table<?>> created = new ArrayList<>();
    private Quarry shared;
    private boolean closed;

    private DatabaseScope(TestTarget target, String name, String url, Path directory) {
        this.target = target;
        this.name = name;
        this.url = url;
        this.directory = directory;
    }

    /** Creates a fresh scope on {@code target}; the server must be reachable (see {@link Availability}). */
    public static DatabaseScope create(TestTarget target) {
        String name = "q_" + randomSuffix();
        try {
            switch (target) {
                case SQLITE: {
                    Path dir = Files.createTempDirectory("quarry-test-");
                    return new DatabaseScope(target, name, "jdbc:sqlite:" + dir.resolve(name + ".db"), dir);
                }
                case POSTGRES:
                    admin(target, "CREATE SCHEMA " + name);
                    return new DatabaseScope(target, name, ServerUrls.withSchema(target.serverUrl(), name), null);
                case MARIADB:
                    // Quarry's tables name their character set; this default is for tables a test creates with its
                    // own SQL: any Unicode text, compared case-sensitively as in Quarry's tables (utf8mb4_bin exists
                    // on MariaDB and MySQL, https://mariadb.com/kb/en/setting-character-sets-and-collations/).
                    admin(target, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                    return new DatabaseScope(target, name, ServerUrls.withDatabase(target.serverUrl(), name), null);
                default:
                    throw new IllegalArgumentException(target.label());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test scope on " + target.label() + ": " + e, e);
        }
    }

    private static String randomSuffix() {
        char[] alphabet = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
        char[] s = new char[12];
        for (int i = 0; i < s.length; i++) {
            s[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(s);
    }

    private static void admin(TestTarget target, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(target.serverUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The database this scope lives in. */
    public TestTarget target() {
        return target;
    }

    /** The schema or database name ({@code q_...}); for SQLite the file's base name. */
    public String name() {
        return name;
    }

    /** The JDBC URL that opens this scope. */
    public String url() {
        return url;
    }

    /** The class's shared database handle, opened with the default settings on first use. */
    public Quarry db() {
        checkOpen();
        if (shared == null) {
            shared = Quarry.open(url);
        }
        return shared;
    }

    /** A new handle on this scope; the caller closes it. */
    public Quarry open(QuarrySettings settings) {
        checkOpen();
        return Quarry.open(url, settings);
    }

    /** A plain JDBC connection into this scope (auto-commit on); the caller closes it. */
    public Connection jdbc() throws SQLException {
        checkOpen();
        return DriverManager.getConnection(url);
    }

    /**
     * Makes {@code tables} exist and every table this scope created empty, and returns the shared handle. A table
     * is created (with {@code db.schema().create}) the first time it is used; later calls only delete its rows,
     * children first, which is much faster than dropping and creating again. Name a table's parents too.
     */
    public Quarry use(Table<?>... tables) {
        Quarry db = db();
        for (Table<?> t : ForeignKeyOrder.childrenFirst(created, Table::def)) {
            db.deleteFrom(t).execute();
        }
        List<Table<?>> missing = new ArrayList<>();
        for (Table<?> t : tables) {
            if (created.stream().noneMatch(c -> c.name().equals(t.name()))
                    && missing.stream().noneMatch(c -> c.name().equals(t.name()))) {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            db.schema().create(missing.toArray(new Table<?>[0]));
            created.addAll(missing);
        }
        return db;
    }

    /** Forgets that {@code tables} exist (a test dropped them itself). */
    public void forget(Table<?>... tables) {
        List<String> names = Arrays.stream(tables).map(Table::name).toList();
        created.removeIf(t -> names.contains(t.name()));
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the " + target.label() + " scope " + name + " is closed");
        }
    }

    /** Closes the shared handle and drops the schema, database or file. Idempotent. */
    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        Exception failure = null;
        try {
            if (shared != null) {
                shared.close();
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            drop();
        } catch (Exception e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void drop() throws SQLException, IOException {
        switch (target) {
            case SQLITE:
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                break;
            case POSTGRES:
                admin(target, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                break;
            case MARIADB:
                admin(target, "DROP DATABASE IF EXISTS " + name);
                break;
            default:
                throw new IllegalArgumentException(target.label());
        }
    }

    @Override
    public String toString() {
        return target.label() + " scope " + name;
    }
}
