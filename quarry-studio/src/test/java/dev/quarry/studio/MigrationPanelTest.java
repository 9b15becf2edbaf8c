package dev.quarry.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import dev.quarry.testing.LeakCheckExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The migrations panel: each version's state when quarry-migrate is there and a directory is given. */
@ExtendWith(LeakCheckExtension.class)   // every Studio a test starts is closed with its watches and streams
class MigrationPanelTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void thePanelShowsAppliedAndPendingVersions() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations.resolve("sqlite"));
        Files.writeString(migrations.resolve("sqlite/V1__create_customer.sql"),
                "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n");
        Files.writeString(migrations.resolve("sqlite/U1__create_customer.sql"), "DROP TABLE customer;\n");
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            Migrator.of(db, migrations).migrate();
            Files.writeString(migrations.resolve("sqlite/V2__add_email.sql"),
                    "ALTER TABLE customer ADD COLUMN email TEXT;\n");
            Files.writeString(migrations.resolve("sqlite/U2__add_email.sql"),
                    "ALTER TABLE customer DROP COLUMN email;\n");

            try (Studio studio = Studio.start(db, StudioOptions.defaults().migrations(migrations))) {
                StudioClient client = new StudioClient(studio);
                JsonNode panel = JSON.readTree(client.get("/api/meta", client.login()).body()).get("migrations");

                assertThat(panel.get("available").asBoolean()).isTrue();
                JsonNode versions = panel.get("versions");
                assertThat(versions).hasSize(2);
                assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
                assertThat(versions.get(0).get("name").asText()).isEqualTo("create_customer");
                assertThat(versions.get(0).get("state").asText()).isEqualTo("applied");
                assertThat(versions.get(1).get("version").asInt()).isEqualTo(2);
                assertThat(versions.get(1).get("state").asText()).isEqualTo("pending");
            }
        }
    }

    @Test
    void aReadOnlyStudioDoesNotCreateTheHistoryTableToShowTheStatus() throws Exception {
        Path migrations = dir.resolve("migrations");
        Files.createDirectories(migrations.resolve("sqlite"));
        Files.writeString(migrations.resolve("sqlite/V1__create_customer.sql"),
                "CREATE TABLE customer (id INTEGER PRIMARY KEY);\n");
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("fresh.db"));
             Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(true).migrations(migrations))) {
            StudioClient client = new StudioClient(studio);
            JsonNode panel = JSON.readTree(client.get("/api/meta", client.login()).body()).get("migrations");

            assertThat(panel.get("available").asBoolean()).isFalse();
            assertThat(panel.get("reason").asText()).contains("no migration history");
            List<String> tables = db.withConnection(ConnectionAccess.READ,
                    c -> db.platform().introspector().tableNames(c));
            assertThat(tables).doesNotContain("quarry_schema_history");
        }
    }

    @Test
    void withoutADirectoryThePanelSaysWhatIsMissing() throws Exception {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("app.db"));
             Studio studio = Studio.start(db, StudioOptions.defaults())) {
            StudioClient client = new StudioClient(studio);
            JsonNode panel = JSON.readTree(client.get("/api/meta", client.login()).body()).get("migrations");

            assertThat(panel.get("available").asBoolean()).isFalse();
            assertThat(panel.get("reason").asText()).contains("no migrations directory");
        }
    }
}
