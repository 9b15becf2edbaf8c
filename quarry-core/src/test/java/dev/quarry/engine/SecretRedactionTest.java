package dev.quarry.engine;

import static dev.quarry.engine.PasswordLeaks.assertShowsNoPassword;
import static dev.quarry.engine.PasswordLeaks.thrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.BusyException;
import dev.quarry.error.MisuseException;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A password given in the URL or in the settings shows nowhere in what Quarry throws (message, causes, suppressed
 * exceptions, stack trace) on any way an open or a statement can fail, nor in the settings' {@code toString}, nor
 * in any log line written while failing ({@link SecretProbe}, in a JVM of its own that logs everything at DEBUG).
 * Server URLs come from the test kit; {@link SecretLogin} makes the logins that need a password.
 */
class SecretRedactionTest {
    private final String password = SecretLogin.newPassword();

    @TempDir
    Path dir;

    private QuarrySettings withPassword() {
        return QuarrySettings.builder().password(password).build();
    }

    private void assertOpenFailsShowingNoPassword(String url, String expectedInMessage) {
        Throwable e = thrownBy(() -> Quarry.open(url, withPassword()).close());
        assertThat(e).hasMessageContaining(expectedInMessage);
        assertShowsNoPassword(e, password);
    }

    /** {@code url} with its user and password parameters replaced. */
    private static String withCredentials(String url, String user, String password) {
        return SecretLogin.withCredentials(url, user, password);
    }

    @Test
    void settingsPrintWithoutThePassword() {
        QuarrySettings s = QuarrySettings.builder().username("app").password(password).build();
        assertThat(s.toString()).contains("password=***").doesNotContain(password);
    }

    @Test
    void aJdbcMysqlUrlFailsWithoutShowingThePassword() {
        // MariaDB Connector/J serves jdbc:mysql: once Quarry adds permitMysqlScheme: the wrong password reaches the
        // server, and the message shows the URL as given, masked
        assertOpenFailsShowingNoPassword("jdbc:mysql://127.0.0.1:3306/test?user=root&password=" + password,
                "cannot open jdbc:mysql://127.0.0.1:3306/test?user=root&password=***: ");
        // MariaDB Connector/J does not read user:password@ under either scheme: refused before it sees the URL
        assertOpenFailsShowingNoPassword("jdbc:mysql://root:" + password + "@127.0.0.1:3306/test",
                "the URL holds user:password@ before the host");
    }

    @Test
    void aUrlTheDriverCannotParseFailsWithoutShowingThePassword() {
        assertOpenFailsShowingNoPassword("jdbc:postgresql://127.0.0.1:notaport/test?user=postgres&password="
                + password, "Unable to parse URL jdbc:postgresql://127.0.0.1:notaport/test?user=postgres&password=***");
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aPasswordBeforeTheHostIsRefusedBeforeAnyDriverSeesIt(TestDb t) {
        String url = t.url().replaceFirst("//", "//someone:" + password + "@");
        Throwable e = thrownBy(() -> Quarry.open(url, QuarrySettings.DEFAULTS).close());
        assertThat(e).isInstanceOf(MisuseException.class).hasMessageContaining("user:password@")
                .hasMessageContaining("QuarrySettings.password");
        assertShowsNoPassword(e, password);
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aClosedPortFailsWithoutShowingThePassword(TestDb t) {
        String url = withCredentials(t.url(), "nobody", password).replaceFirst(":\\d+/", ":1/");
        assertOpenFailsShowingNoPassword(url, "cannot open ");
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void anUnknownHostFailsWithoutShowingThePassword(TestDb t) {
        // .invalid never resolves (RFC 2606 section 2)
        String url = withCredentials(t.url(), "nobody", password).replaceFirst("//[^/:]+", "//no-such-host.invalid");
        assertOpenFailsShowingNoPassword(url, "cannot open ");
    }

    @AllDatabases
    void aDatabaseThatCannotBeOpenedFailsWithoutShowingThePassword(TestDb t) throws SQLException {
        switch (t.target()) {
            case SQLITE -> assertOpenFailsShowingNoPassword(
                    "jdbc:sqlite:" + dir.resolve("missing").resolve("x.db") + "?password=" + password,
                    "cannot open the SQLite database");
            case POSTGRES -> assertOpenFailsShowingNoPassword(
                    withCredentials(t.url(), "postgres", password).replaceFirst("(//[^/]+/)[^?]*", "$1q_missing_db"),
                    "does not exist");
            case MARIADB -> {
                try (SecretLogin login = SecretLogin.create(t.target().serverUrl(), t.schemaName(),
                        SecretLogin.newPassword())) {
                    assertOpenFailsShowingNoPassword(withCredentials(t.url(), login.toString(), password),
                            "Access denied");
                }
            }
        }
    }

    @AllDatabases
    void aFailingStatementAfterOpenShowsNoPassword(TestDb t) throws SQLException {
        try (SecretLogin login = t.target().isServer()
                ? SecretLogin.create(t.target().serverUrl(), t.schemaName(), password) : null;
             Quarry db = Quarry.open(login == null ? t.url() : login.url(t.url()), withPassword())) {
            for (String sql : List.of("SELEC 1", "SELECT * FROM q_missing_table")) {
                Throwable e = thrownBy(() -> db.sql(sql).fetch(r -> r.getLong(0)));
                assertShowsNoPassword(e, password);
            }
        }
    }

    @AllDatabases
    void aFailingConnectionHookFailsOpenWithoutShowingThePassword(TestDb t) throws SQLException {
        QuarrySettings settings = withPassword().toBuilder().onConnect(c -> {
            throw new SQLException("hook could not log in with " + password);
        }).build();
        try (SecretLogin login = t.target().isServer()
                ? SecretLogin.create(t.target().serverUrl(), t.schemaName(), password) : null) {
            String url = login == null ? t.url() : login.url(t.url());
            Throwable e = thrownBy(() -> Quarry.open(url, settings).close());
            assertThat(e).hasMessageContaining("hook could not log in with ***");
            assertShowsNoPassword(e, password);
        }
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aPoolThatCannotReconnectAfterOpenFailsWithoutShowingThePassword(TestDb t) throws SQLException {
        QuarrySettings settings = withPassword().toBuilder().maxPoolSize(1)
                .acquireTimeout(Duration.ofMillis(250)).build();
        try (SecretLogin login = SecretLogin.create(t.target().serverUrl(), t.schemaName(), password);
             Quarry db = Quarry.open(login.url(t.url()), settings)) {
            assertThat(db.sql("SELECT 1").fetch(r -> r.getLong(0))).containsExactly(1L);
            login.revoke();
            List<RuntimeException> failures = new ArrayList<>();
            // the pooled connection is being killed: a statement may still run on it, or meet it dead; then the
            // pool cannot replace it and times out
            for (int i = 0; i < 20 && (failures.isEmpty() || !(failures.get(failures.size() - 1)
                    instanceof BusyException)); i++) {
                try {
                    db.sql("SELECT 1").fetch(r -> r.getLong(0));
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
            assertThat(failures).last().isInstanceOf(BusyException.class);
            failures.forEach(f -> assertShowsNoPassword(f, password));
        }
    }

    @Test
    void aDataSourceThatFailsShowsNoPasswordOfTheSettingsNorOfAUrlInItsMessage() {
        PGSimpleDataSource failing = new PGSimpleDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                throw new SQLException("login refused for jdbc:postgresql://h/db?password=" + password);
            }

            @Override
            public String toString() {
                return "a DataSource for jdbc:postgresql://h/db?user=app&password=" + password;
            }
        };
        Throwable e = thrownBy(() -> Quarry.open(failing, withPassword()).close());
        assertThat(e).hasMessageContaining("cannot get a connection from a DataSource for "
                + "jdbc:postgresql://h/db?user=app&password=***");
        assertShowsNoPassword(e, password);
    }

    @Test
    void nothingLoggedWhileFailingShowsThePassword() throws IOException, InterruptedException {
        Path log = dir.resolve("probe.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=debug",
                SecretProbe.class.getName(), TestTarget.POSTGRES.serverUrl(), TestTarget.MARIADB.serverUrl(),
                dir.toString(), password)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        String output = Files.readString(log);
        assertThat(p.exitValue()).as("the probe's exit status; its output:\n%s", output).isZero();
        assertThat(output).contains(SecretProbe.DONE, "DEBUG com.zaxxer.hikari", "***")
                .doesNotContainIgnoringCase(password);
    }
}
