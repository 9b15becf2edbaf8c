package dev.quarry.testing;

import dev.quarry.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL of a test's own: {@code initdb} into a temporary directory, {@code pg_ctl start} on a free port,
 * {@code pg_ctl stop -m immediate} to crash it (every backend quits at once, the next start recovers from the WAL:
 * https://www.postgresql.org/docs/current/app-pg-ctl.html). PostgreSQL refuses to run as root, so under root the
 * binaries run as the {@code postgres} OS user ({@code runuser}) on a directory it owns. Binaries come from
 * {@code QUARRY_PG_BIN}, else the newest {@code /usr/lib/postgresql/<version>/bin}, else {@code PATH}.
 *
 * <p>It runs with {@code synchronous_standby_names} naming a standby that never connects and
 * {@code synchronous_commit = local}, so commits do not wait unless a session asks for
 * {@code synchronous_commit = on} ({@link #holdCommits()}): such a COMMIT is durable locally, then waits for the
 * standby (https://www.postgresql.org/docs/current/warm-standby.html#SYNCHRONOUS-REPLICATION), and a session
 * terminated in that wait has committed though its client only sees the connection break.
 */
final class PrivatePostgres extends PrivateServer {
    private static final String GHOST_STANDBY = "quarry_ghost_standby";
    private final Path bin;

    private PrivatePostgres(Path dir, int port, Path bin) {
        super(dir, port);
        this.bin = bin;
    }

    static PrivatePostgres create() {
        Path bin = binaries();
        if (bin == null) {
            unavailable("no PostgreSQL server binaries (initdb, pg_ctl) in QUARRY_PG_BIN, /usr/lib/postgresql/*/bin"
                    + " or PATH, for a private PostgreSQL");
        }
        Path dir = tempDir("quarry-private-pg-");
        if (isRoot()) {
            try {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("running as root needs a 'postgres' OS user to run PostgreSQL", e);
            }
        }
        return new PrivatePostgres(dir, freePort(), bin);
    }

    private static Path binaries() {
        String fromEnv = System.getenv("QUARRY_PG_BIN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return find(List.of(Path.of(fromEnv)), "initdb") != null ? Path.of(fromEnv) : null;
        }
        List<Path> dirs = new ArrayList<>();
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> s = Files.list(versions)) {
                s.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed())
                        .forEach(dirs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        dirs.addAll(pathAnd());
        Path initdb = find(dirs, "initdb");
        return initdb == null || find(List.of(initdb.getParent()), "pg_ctl") == null ? null : initdb.getParent();
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    @Override
    protected void install() {
        run(asServerUser(bin.resolve("initdb").toString(), "-D", data(), "-U", "postgres", "--auth=trust",
                "--no-sync", "-E", "UTF8", "--locale=C"), dir.resolve("initdb.log"));
    }

    @Override
    protected void launch() {
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c shared_buffers=16MB -c max_connections=40 -c synchronous_commit=local"
                + " -c synchronous_standby_names=" + GHOST_STANDBY;
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", Long.toString(STEP_TIMEOUT.toSeconds()), "-o", options, "start"),
                dir.resolve("pg_ctl.log"));
    }

    @Override
    protected void halt() {
        run(asServerUser(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "-t",
                Long.toString(STEP_TIMEOUT.toSeconds()), "stop"), dir.resolve("pg_ctl.log"));
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private static List<String> asServerUser(String... command) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    @Override
    public long awaitSessionRunning(String marker, Duration timeout) throws SQLException {
        return awaitRow("SELECT pid FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()"
                + " AND query LIKE '%" + marker.replace("'", "''") + "%'", "session running " + marker, timeout);
    }

    @Override
    public long awaitSessionCommitting(Duration timeout) throws SQLException {
        return awaitRow("SELECT pid FROM pg_stat_activity WHERE wait_event = 'SyncRep'", "COMMIT waiting for the"
                + " standby", timeout);
    }

    /** {@code pg_terminate_backend}: the backend ends with 57P01 admin_shutdown, rolling back what it had open. */
    @Override
    public void kill(long id) throws SQLException {
        try (Connection c = admin(); PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            s.setInt(1, (int) id);
            s.execute();
        }
        awaitZero("SELECT count(*) FROM pg_stat_activity WHERE pid = " + id, "backend " + id, STEP_TIMEOUT);
    }

    @Override
    public String sessionIdSql() {
        return "SELECT pg_backend_pid()";
    }

    @Override
    public String slowCountSql(String table) {
        return "SELECT count(*) FROM " + table + ", pg_sleep(?) AS slow_count";
    }

    /** A plain select: a stream reads it through a cursor, 1,000 rows per fetch, so the rest waits on the server. */
    @Override
    public String streamedRowsSql(String table) {
        return "SELECT id, note FROM " + table + " ORDER BY id";
    }

    @Override
    public void holdCommits(Database db) {
        db.sql("SET synchronous_commit = on").execute();
    }

    @Override
    public void releaseCommits() {
        // the session that asked to wait is terminated with its setting
    }
}
