package dev.quarry.testing;

import dev.quarry.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB of a test's own: {@code mariadb-install-db} into a temporary directory, {@code mariadbd} on a free port
 * (as the current OS user, {@code --user}, which may be root), and SIGKILL to crash it (InnoDB recovers on the next
 * start). Binaries come from {@code QUARRY_MARIADB_BIN}, else {@code PATH}, {@code /usr/sbin} and
 * {@code /usr/bin}; the older {@code mysqld} / {@code mysql_install_db} names are accepted.
 *
 * <p>It keeps a binary log so semi-synchronous replication can be switched on ({@link #holdCommits()}): with no
 * replica connected, a COMMIT is written to the storage engine and then waits for an acknowledgement that never
 * comes ({@code rpl_semi_sync_master_wait_point = AFTER_COMMIT}, https://mariadb.com/kb/en/semisynchronous-replication/);
 * a connection killed in that wait has committed though its client only sees the connection break.
 */
final class PrivateMariaDb extends PrivateServer {
    private static final String WAITING_FOR_ACK = "Waiting for semi-sync ACK from slave";
    private final Path mariadbd;
    private final Path installDb;
    private Process process;

    private PrivateMariaDb(Path dir, int port, Path mariadbd, Path installDb) {
        super(dir, port);
        this.mariadbd = mariadbd;
        this.installDb = installDb;
    }

    static PrivateMariaDb create() {
        String fromEnv = System.getenv("QUARRY_MARIADB_BIN");
        List<Path> dirs = fromEnv != null && !fromEnv.isBlank() ? List.of(Path.of(fromEnv))
                : pathAnd("/usr/sbin", "/usr/bin", "/usr/local/mysql/bin");
        Path server = find(dirs, "mariadbd", "mysqld");
        Path install = find(dirs, "mariadb-install-db", "mysql_install_db");
        if (server == null || install == null) {
            unavailable("no MariaDB server binaries (mariadbd, mariadb-install-db) in "
                    + (fromEnv != null && !fromEnv.isBlank() ? "QUARRY_MARIADB_BIN" : "PATH, /usr/sbin or /usr/bin")
                    + ", for a private MariaDB");
        }
        return new PrivateMariaDb(tempDir("quarry-private-mariadb-"), freePort(), server, install);
    }

    @Override
    public String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/test?user=root";
    }

    @Override
    protected void install() {
        run(List.of(installDb.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal",
                "--skip-test-db"), dir.resolve("install.log"));
    }

    @Override
    protected void launch() {
        try {
            process = new ProcessBuilder(mariadbd.toString(), "--no-defaults", "--datadir=" + dir.resolve("data"),
                    "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--log-error=" + dir.resolve("server.log"),
                    "--user=" + System.getProperty("user.name"), "--skip-grant-tables", "--skip-name-resolve",
                    "--innodb-buffer-pool-size=32M", "--log-bin=" + dir.resolve("binlog"), "--server-id=1",
                    "--rpl-semi-sync-master-timeout=" + STEP_TIMEOUT.toMillis())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("mariadbd.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mariadbd, e);
        }
    }

    @Override
    public void start() {
        super.start();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS test");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database on " + address(), e);
        }
    }

    @Override
    public Connection admin() throws SQLException {
        // the test database may not exist yet on the first start
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?user=root");
    }

    @Override
    protected void halt() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("mariadbd did not exit within " + STEP_TIMEOUT + " of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping mariadbd", e);
        }
    }

    @Override
    public long awaitSessionRunning(String marker, Duration timeout) throws SQLException {
        return awaitRow("SELECT id FROM information_schema.processlist WHERE command = 'Query'"
                + " AND id <> CONNECTION_ID() AND info LIKE '%" + marker.replace("'", "''") + "%'",
                "session running " + marker, timeout);
    }

    @Override
    public long awaitSessionCommitting(Duration timeout) throws SQLException {
        return awaitRow("SELECT id FROM information_schema.processlist WHERE state = '" + WAITING_FOR_ACK + "'",
                "COMMIT waiting for a semi-sync acknowledgement", timeout);
    }

    /** {@code KILL CONNECTION}: the session ends (error 1927 to a running statement), rolling back what it had open. */
    @Override
    public void kill(long id) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("KILL CONNECTION " + id);
        }
        awaitZero("SELECT count(*) FROM information_schema.processlist WHERE id = " + id, "connection " + id,
                STEP_TIMEOUT);
    }

    @Override
    public String sessionIdSql() {
        return "SELECT CONNECTION_ID()";
    }

    @Override
    public String slowCountSql(String table) {
        return "SELECT count(*) + SLEEP(?) AS slow_count FROM " + table;
    }

    /**
     * Rows made slowly (0.2 ms each): the server streams a result into the socket as fast as it can, so a fast one
     * of a few thousand rows has wholly reached the client's socket buffer before a kill, and reads to its end. The
     * server sends a packet when its 16 KB network buffer is full ({@code net_buffer_length}), so the rows carry the
     * note to fill one in about 150 rows; Connector/J returns the first row once it holds the fetch size (1,000);
     * and no ORDER BY, whose sort would make every row before sending the first.
     */
    @Override
    public String streamedRowsSql(String table) {
        return "SELECT id, note FROM " + table + " WHERE SLEEP(0.0002) = 0";
    }

    /**
     * Semi-sync on, switched off first: after one commit timed out waiting, the server stops waiting until it is
     * switched on again (Rpl_semi_sync_master_status turns OFF).
     */
    @Override
    public void holdCommits(Database db) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL rpl_semi_sync_master_enabled = OFF");
            s.execute("SET GLOBAL rpl_semi_sync_master_enabled = ON");
        }
    }

    @Override
    public void releaseCommits() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("SET GLOBAL rpl_semi_sync_master_enabled = OFF");
        }
    }
}
