package dev.quarry.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.testing.LeakCheckExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
    void optionsAreValuesAndRefuseWhatCannotWork() {
        StudioOptions options = StudioOptions.defaults().port(4983).readOnly(true).migrations(Path.of("migrations"))
                .pageSize(100);

        assertThat(options).isEqualTo(new StudioOptions("127.0.0.1", 4983, true, Path.of("migrations"), 100,
                java.util.List.of(), null, java.time.Duration.ofSeconds(1)));
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
