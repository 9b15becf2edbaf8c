package dev.quarry.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.Quarry;
import dev.quarry.examples.chinook.ChinookLoader;
import dev.quarry.examples.chinook.InvoiceTable;
import dev.quarry.migrate.TableIndex;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.LeakCheckExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/studio.md, as written there, and what it promises: a change to one belongs in the other. */
@ExtendWith(LeakCheckExtension.class)   // every Studio a test starts is closed with its watches and streams
class StudioDocTest {
    @TempDir
    Path dir;

    @Test
    void anApplicationStartsTheStudioOnItsHandleInOneCall() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Quarry db = Quarry.open(url);
             Studio studio = Studio.start(db, StudioOptions.defaults())) {
            System.out.println("Quarry Studio: " + studio.address());   // the doc prints url(); a log must not

            assertThat(studio.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}");
            assertThat(studio.readOnly()).isFalse();   // a local SQLite file
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(studio.url()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Quarry Studio</title>");
        }
    }

    @Test
    void withTheCodesTablesFromTheClassPathColumnsAreTypedAsTheCodeTypesThem() throws Exception {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("chinook.db"))) {
            new ChinookLoader(db).loadIfAbsent();
            // every table the annotation processor generated, as quarry-migrate finds them on the class path
            List<TableDef> code = TableIndex.load(Thread.currentThread().getContextClassLoader()).tables();
            try (Studio all = Studio.start(db, StudioOptions.defaults().tables(code));
                 Studio some = Studio.start(db, StudioOptions.defaults().tables(InvoiceTable.INVOICE))) {
                for (Studio studio : List.of(all, some)) {
                    StudioClient client = new StudioClient(studio);
                    String cookie = client.login();
                    JsonNode columns = new ObjectMapper().readTree(client.get("/api/rows?table=Invoice", cookie)
                            .body()).get("columns");

                    // introspection reads TEXT and NUMERIC on SQLite; the code says a timestamp and a DECIMAL(10, 2)
                    assertThat(columns.findValues("name").toString()).contains("InvoiceDate", "Total");
                    assertThat(columns.get(2).get("input").asText()).isEqualTo("datetime");
                    assertThat(columns.get(8).get("type").asText()).isEqualTo("DECIMAL(10, 2)");
                }
            }
        }
    }

    @Test
    void optionsAreValuesAndRefuseWhatCannotWork() {
        StudioOptions options = StudioOptions.defaults().port(4983).readOnly(true).migrations(Path.of("migrations"))
                .pageSize(100);

        assertThat(options).isEqualTo(new StudioOptions("127.0.0.1", 4983, true, Path.of("migrations"), 100,
                java.util.List.of(), null, java.time.Duration.ofSeconds(1)));
        assertThat(options.liveTriggers(false).livePollInterval(java.time.Duration.ofSeconds(2)))
                .isEqualTo(new StudioOptions("127.0.0.1", 4983, true, Path.of("migrations"), 100,
                        java.util.List.of(), false, java.time.Duration.ofSeconds(2)));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> StudioOptions.defaults().livePollInterval(java.time.Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poll interval");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> StudioOptions.defaults().tables(InvoiceTable.INVOICE, InvoiceTable.INVOICE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two definitions of table 'Invoice'");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StudioOptions.defaults().port(70_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port must be 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StudioOptions.defaults().pageSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page size");
    }

    @Test
    void aTakenPortIsRefusedWithAMessageThatSaysWhatToDo() throws Exception {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("app.db"));
             Studio first = Studio.start(db, StudioOptions.defaults())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> Studio.start(db, StudioOptions.defaults().port(first.port())))
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port())
                    .hasMessageContaining("choose another port");
        }
    }
}
