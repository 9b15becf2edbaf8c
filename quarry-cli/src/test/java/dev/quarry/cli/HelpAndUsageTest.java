package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --help} on every command, {@code --version}, and the usage errors of a wrong command line. */
class HelpAndUsageTest {
    private static final List<List<String>> COMMANDS = List.of(List.of(), List.of("migrate"),
            List.of("migrate", "generate"), List.of("migrate", "up"), List.of("migrate", "down"),
            List.of("migrate", "status"), List.of("migrate", "check"), List.of("migrate", "lint"),
            List.of("migrate", "baseline"), List.of("introspect"), List.of("sync"), List.of("sync", "generate"));

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelpThatNamesItAndExitsZero() {
        for (List<String> command : COMMANDS) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");

            Cli.Run run = Cli.in(dir).run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.out()).as(run.all()).startsWith("Usage: " + String.join(" ", List.of("quarry")
                    + (command.isEmpty() ? "" : " " + String.join(" ", command))).replace("[", "").replace("]", ""));
        }
    }

    @Test
    void versionPrintsQuarrysVersion() {
        Cli.Run run = Cli.in(dir).run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("quarry 0.1.0-SNAPSHOT\nJava ");
    }

    @Test
    void aMissingCommandOrAnUnknownOptionIsAUsageErrorSayingWhatWasWrong() {
        Cli cli = Cli.in(dir);

        Cli.Run bare = cli.run();
        Cli.Run migrate = cli.run("migrate");
        Cli.Run unknown = cli.run("migrate", "up", "--dri");
        Cli.Run badVersion = cli.run("migrate", "down", "--to", "two");

        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("quarry: name a command: migrate, introspect or sync");
        assertThat(migrate.exitCode()).isEqualTo(2);
        assertThat(migrate.err()).contains("name a migrate command: generate, up, down");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("quarry: Unknown option: '--dri'", "See 'quarry migrate up --help'.");
        assertThat(badVersion.exitCode()).isEqualTo(2);
        assertThat(badVersion.err()).contains("Invalid value for option '--to': 'two' is not an int");
    }

    @Test
    void commandsThatReadMigrationsSayWhenTheDirectoryIsMissing() {
        Cli.Run run = Cli.in(dir).run("migrate", "up", "--url", "jdbc:sqlite:app.db", "--dir", "nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the migrations directory " + dir.resolve("nowhere") + " does not exist");
    }
}
