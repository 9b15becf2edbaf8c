package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the URL and credentials come from (command line, then environment, then config file), and that a password
 * from any of them never shows in what the command prints when the connection fails.
 */
class ConnectionOptionsTest {
    private static final String PASSWORD = "S3cret-pw-7781";

    @TempDir
    Path dir;

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheConfigFile() throws IOException {
        Cli.in(dir).run("migrate", "generate", "--name", "v1", "-cp", ShopSchema.compile(dir, "v1", ShopSchema.V1)
                .toString());
        Files.writeString(dir.resolve("quarry.properties"), "url=jdbc:sqlite:from-file.db\n");
        Map<String, String> env = Map.of("QUARRY_URL", "jdbc:sqlite:from-env.db");

        assertThat(Cli.in(dir, env).run("migrate", "up", "--url", "jdbc:sqlite:from-flag.db").exitCode()).isZero();
        assertThat(dir.resolve("from-flag.db")).exists();
        assertThat(dir.resolve("from-env.db")).doesNotExist();

        assertThat(Cli.in(dir, env).run("migrate", "up").exitCode()).isZero();
        assertThat(dir.resolve("from-env.db")).exists();
        assertThat(dir.resolve("from-file.db")).doesNotExist();

        assertThat(Cli.in(dir).run("migrate", "up").exitCode()).isZero();
        assertThat(dir.resolve("from-file.db")).exists();
    }

    @Test
    void aConfigFileNamedWithConfigIsReadAndAMissingOneIsAUsageError() throws IOException {
        Cli.in(dir).run("migrate", "generate", "--name", "v1", "-cp", ShopSchema.compile(dir, "v1", ShopSchema.V1)
                .toString());
        Files.writeString(dir.resolve("prod.properties"), "url=jdbc:sqlite:prod.db\n");

        Cli.Run named = Cli.in(dir).run("migrate", "up", "--config", "prod.properties");
        Cli.Run missing = Cli.in(dir).run("migrate", "up", "--config", "staging.properties");
        Cli.Run none = Cli.in(dir).run("migrate", "status");

        assertThat(named.exitCode()).as(named.all()).isZero();
        assertThat(dir.resolve("prod.db")).exists();
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("the config file " + dir.resolve("staging.properties") + " does not exist");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no database URL: give --url, set QUARRY_URL, or put url= in quarry.properties");
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aPasswordIsNeverPrintedWhenTheConnectionFails(TestDb t) throws IOException {
        String url = t.url().replaceAll("user=[a-z]+", "user=quarry_no_such_user");
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("quarry.properties"), "password=" + PASSWORD + "\n");

        Cli.Run flag = Cli.in(dir).run("migrate", "status", "--url", url, "--password", PASSWORD);
        Cli.Run env = Cli.in(dir, Map.of("QUARRY_URL", url, "QUARRY_PASSWORD", PASSWORD, "QUARRY_DEBUG", "1"))
                .run("migrate", "status");
        Cli.Run file = Cli.in(dir).run("migrate", "status", "--url", url);
        Cli.Run inUrl = Cli.in(dir).run("introspect", "--url", url + "&password=" + PASSWORD);

        for (Cli.Run run : new Cli.Run[] {flag, env, file, inUrl}) {
            assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
            assertThat(run.err()).as(run.all()).startsWith("quarry: ").contains("quarry_no_such_user")
                    .doesNotContain(PASSWORD);
            assertThat(run.out()).doesNotContain(PASSWORD);
        }
        assertThat(env.err()).as("QUARRY_DEBUG prints the stack trace, masked").contains("\tat ");
    }

    @Test
    void helpNeverShowsAPasswordFromTheEnvironment() {
        Cli.Run help = Cli.in(dir, Map.of("QUARRY_PASSWORD", PASSWORD)).run("migrate", "up", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--password=<password>").doesNotContain(PASSWORD);
    }

    @Test
    void credentialsHideThePasswordAndAUrlsPassword() {
        ConnectionOptions.Credentials c = new ConnectionOptions.Credentials(
                "jdbc:postgresql://db/app?user=app&password=" + PASSWORD, "app", PASSWORD);
        Secrets secrets = new Secrets();
        secrets.add(PASSWORD);

        assertThat(c.toString()).doesNotContain(PASSWORD).contains("password=***");
        assertThat(new Secrets().redact("jdbc:mariadb://app:" + PASSWORD + "@db/app")).isEqualTo("jdbc:mariadb://app:***@db/app");
        assertThat(secrets.redact("failed with " + PASSWORD + " for app")).isEqualTo("failed with *** for app");
    }
}
