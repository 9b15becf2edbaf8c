package dev.quarry.cli;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.MisuseException;
import dev.quarry.sync.Replica;
import dev.quarry.sync.SyncResult;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quarry sync generate}: the change capture of chosen tables as the next migration, which {@code migrate up}
 * installs on a PostgreSQL or SQLite primary (a replica then follows it), {@code migrate check} finds in step, and
 * {@code migrate down} removes.
 */
class SyncCommandTest {
    @TempDir
    Path dir;

    private final String examples = SchemaCompiler.locationOf(dev.quarry.examples.chinook.AlbumTable.class)
            .toString();

    @OnDatabases({TestTarget.POSTGRES, TestTarget.SQLITE})
    void theCaptureIsTheNextMigrationAndAReplicaFollowsThePrimaryItInstalls(TestDb t) {
        Cli cli = Cli.in(dir);
        assertThat(cli.run("migrate", "generate", "--name", "chinook", "-cp", examples).exitCode()).isZero();

        Cli.Run generated = cli.run("sync", "generate", "-cp", examples, "--tables", "Artist,Album");
        assertThat(generated.exitCode()).as(generated.all()).isZero();
        assertThat(generated.out()).startsWith("Wrote V2 (sync capture), change capture on Artist, Album:")
                .contains("migrations/postgresql/V2__sync_capture.sql", "migrations/sqlite/U2__sync_capture.sql",
                        "migrations/mariadb/V2__sync_capture.sql");

        Cli.Run up = cli.run("migrate", "up", "--url", t.url());
        assertThat(up.exitCode()).as(up.all()).isZero();
        assertThat(up.out()).contains("Applied V1, V2");
        Cli.Run check = cli.run("migrate", "check", "--url", t.url(), "-cp", examples);
        assertThat(check.exitCode()).as("the capture is no drift: " + check.all()).isZero();

        try (Replica replica = Replica.open(dir.resolve("r.db"), t.db(), List.of(ARTIST, ALBUM))) {
            t.db().sql("INSERT INTO " + t.db().quote("Artist") + " (" + t.db().quote("ArtistId") + ", "
                    + t.db().quote("Name") + ") VALUES (1, 'AC/DC')").execute();
            assertThat(replica.sync()).isEqualTo(new SyncResult(1, 0));
        }
        Cli.Run down = cli.run("migrate", "down", "--to", "1", "--url", t.url());
        assertThat(down.exitCode()).as(down.all()).isZero();
        assertThatThrownBy(() -> Replica.open(dir.resolve("r2.db"), t.db(), List.of(ARTIST)))
                .isInstanceOf(MisuseException.class).hasMessageContaining("no change capture");
    }

    @Test
    void aTableTheCodeDoesNotHaveIsAUsageErrorAndNothingIsWritten() {
        Cli.Run run = Cli.in(dir).run("sync", "generate", "-cp", examples, "--tables", "Artist,Nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--tables names Nope, which is not among the code's tables");
        assertThat(dir.resolve("migrations")).doesNotExist();
    }
}
