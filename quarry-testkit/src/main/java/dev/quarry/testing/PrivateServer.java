package dev.quarry.testing;

import dev.quarry.Database;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A database server of a test's own, for tests that stop, crash or kill it: started from the installed binaries
 * in a temporary directory, on a free port of 127.0.0.1, and deleted by {@link #close()}. The shared servers of
 * {@link TestTarget} are never touched. Every step is bounded by a timeout; a step that fails or times out throws
 * with the server's log. Missing binaries skip the test class with the reason, or fail it when
 * {@code QUARRY_REQUIRE_ALL_DBS=1}, as {@link Availability} does for the shared servers.
 *
 * <p>Subclasses say how their server is installed, started, stopped and how one of its sessions is killed. Used by
 * one test class at a time; the kill and wait methods may be called from any thread.
 */
public abstract class PrivateServer implements AutoCloseable {
    /** How long starting, stopping or installing may take before the test fails. */
    protected static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(20);

    protected final Path dir;
    protected final int port;
    /** Stops the server if the JVM exits before {@link #close()} (a failed or interrupted run). */
    private final Thread onExit = new Thread(this::close, "private-server-stop");
    private volatile boolean running;

    protected PrivateServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** A private PostgreSQL, installed and running. */
    public static PrivateServer postgres() {
        return started(PrivatePostgres.create());
    }

    /** A private MariaDB, installed and running. */
    public static PrivateServer mariadb() {
        return started(PrivateMariaDb.create());
    }

    private static PrivateServer started(PrivateServer server) {
        Runtime.getRuntime().addShutdownHook(server.onExit);
        try {
            server.install();
            server.start();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The JDBC URL of the server's test database, as {@link TestTarget#serverUrl()} would give it. */
    public abstract String url();

    /** {@code 127.0.0.1:<port>}, as error messages should name it. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    /** A new plain JDBC connection to the server (auto-commit on); the caller closes it. */
    public Connection admin() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Creates the data directory (initdb, mariadb-install-db). */
    protected abstract void install();

    /** Starts the server process on the data directory; returns once it is started, maybe not yet accepting. */
    protected abstract void launch();

    /** Stops the server process at once, as a crash would (no checkpoint, no goodbye to clients). */
    protected abstract void halt();

    /** Starts the server (again, on the same data and port) and waits until it accepts connections. */
    public void start() {
        launch();
        running = true;
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = admin()) {
                if (c.isValid(2)) {
                    return;
                }
            } catch (SQLException e) {
                last = e;
            }
            pause(POLL);
        }
        throw new IllegalStateException("the private server at " + address() + " did not accept connections within "
                + STEP_TIMEOUT + ": " + last + "\n" + log());
    }

    /** Starts the server if a test left it stopped. */
    public void ensureRunning() {
        if (!running) {
            start();
        }
    }

    /** Stops the server at once (a crash, for its clients); {@link #start()} brings it back. */
    public synchronized void stop() {
        if (running) {
            running = false;
            halt();
        }
    }

    /** The id of the server session that runs {@code sql} (a marker in its text) once it shows, waiting for it. */
    public abstract long awaitSessionRunning(String marker, Duration timeout) throws SQLException;

    /** The id of the session whose COMMIT waits (see {@link #holdCommits}) once it shows, waiting for it. */
    public abstract long awaitSessionCommitting(Duration timeout) throws SQLException;

    /** Ends session {@code id} from another connection, as an administrator would, and waits until it is gone. */
    public abstract void kill(long id) throws SQLException;

    /** SQL that returns the id of the session running it. */
    public abstract String sessionIdSql();

    /**
     * SQL that reads {@code count(*)} of {@code table} after sleeping {@code ?} seconds, so a test can find it
     * running and kill its session.
     */
    public abstract String slowCountSql(String table);

    /**
     * SQL that reads the {@code id} (and the {@code note}) of every row of {@code table} and whose rows the server is
     * still sending when the client has read the first: a session killed then leaves the stream with rows it cannot
     * get.
     */
    public abstract String streamedRowsSql(String table);

    /**
     * Makes COMMITs wait before answering, after the commit is durable: the server waits for a replica that never
     * acknowledges. A session killed in that wait has committed, but its client only sees the connection break.
     * PostgreSQL holds the commits of the session of {@code db}'s next statement (give {@code db} a pool of one
     * connection); MariaDB holds every session's. {@link #releaseCommits()} ends the hold.
     */
    public abstract void holdCommits(Database db) throws SQLException;

    /** Ends {@link #holdCommits(Database)}. */
    public abstract void releaseCommits() throws SQLException;

    /** Polls {@code sql} (one long column) on an admin connection until it returns a row, or times out. */
    protected long awaitRow(String sql, String what, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = admin(); var s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var rs = s.executeQuery(sql)) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
                pause(POLL);
            }
        }
        throw new IllegalStateException("no " + what + " showed on the private server within " + timeout);
    }

    /** Polls {@code sql} (a count) on an admin connection until it is zero, or times out. */
    protected void awaitZero(String sql, String what, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = admin(); var s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var rs = s.executeQuery(sql)) {
                    if (rs.next() && rs.getLong(1) == 0) {
                        return;
                    }
                }
                pause(POLL);
            }
        }
        throw new IllegalStateException(what + " was still there on the private server after " + timeout);
    }

    /** Stops the server and deletes its directory. Idempotent. */
    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            delete(dir);
            if (Thread.currentThread() != onExit) {
                try {
                    Runtime.getRuntime().removeShutdownHook(onExit);
                } catch (IllegalStateException | IllegalArgumentException exiting) {
                    // the JVM is exiting (the hook runs) or the hook was removed already
                }
            }
        }
    }

    /** The server's log, for a failure message. */
    protected String log() {
        Path log = dir.resolve("server.log");
        try {
            return Files.exists(log) ? "server log:\n" + Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Runs {@code command} to its end within {@link #STEP_TIMEOUT}; fails with its output if it fails. */
    protected static void run(List<String> command, Path output) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + STEP_TIMEOUT);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + p.exitValue()
                        + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    /**
     * The first of {@code names} found in {@code directories}, or null.
     */
    protected static Path find(List<Path> directories, String... names) {
        for (Path d : directories) {
            for (String n : names) {
                Path p = d.resolve(n);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The directories of {@code PATH}, then {@code extra}. */
    protected static List<Path> pathAnd(String... extra) {
        List<Path> dirs = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
        }
        for (String d : extra) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** Skips the test class with {@code reason}, or fails it when every database is required. */
    protected static void unavailable(String reason) {
        if ("1".equals(System.getenv(Availability.REQUIRE_ALL))) {
            throw new IllegalStateException(reason + " (" + Availability.REQUIRE_ALL + "=1 requires every database)");
        }
        Assumptions.abort(reason + " (skipped; " + Availability.REQUIRE_ALL + "=1 makes this a failure)");
    }

    /** A free TCP port on the loopback address (free when asked; servers start right after). */
    protected static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this JVM runs as root (PostgreSQL refuses to run as root). */
    protected static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    protected static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the private server's directory " + dir, e);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + address() + ")";
    }
}
