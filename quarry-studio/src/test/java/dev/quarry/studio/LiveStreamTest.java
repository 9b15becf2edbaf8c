package dev.quarry.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.testing.LeakCheckExtension;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live grid's stream over plain HTTP: {@code ready} first, {@code change} after a write that changes what the grid
 * shows and not after one that does not, and closing the Studio ends the stream and its watch (the database's
 * dedicated connections and background tasks go back to what they were).
 */
@ExtendWith(LeakCheckExtension.class)   // every Studio a test starts is closed with its watches and streams
class LiveStreamTest {
    @TempDir
    Path dir;

    @Test
    void aStreamSaysReadyThenChangeOnlyWhenTheGridChangesAndEndsWithTheStudio() throws Exception {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("live.db"))) {
            db.sql("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").execute();
            db.sql("CREATE TABLE other (id INTEGER PRIMARY KEY)").execute();
            db.sql("INSERT INTO note (id, body) VALUES (1, 'first')").execute();
            var before = db.platform().resources();
            Studio studio = Studio.start(db, StudioOptions.defaults());
            try {
                StudioClient client = new StudioClient(studio);
                String cookie = client.login();
                HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(studio.address().resolve("/api/live?table=note"))
                                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofLines());
                Iterator<String> lines = stream.body().iterator();

                assertThat(next(lines, "event:")).isEqualTo("event: ready");
                assertThat(studio.liveGrids()).isEqualTo(1);
                db.sql("INSERT INTO other (id) VALUES (1)").execute();   // another table: the grid is the same
                db.sql("INSERT INTO note (id, body) VALUES (2, 'second')").execute();
                assertThat(next(lines, "event:")).isEqualTo("event: change");
                assertThat(next(lines, "data:")).contains("\"total\":2");
            } finally {
                studio.close();
            }
            assertThat(studio.liveGrids()).isZero();
            waitUntil(() -> db.platform().resources().dedicatedConnections() == before.dedicatedConnections()
                    && db.platform().resources().backgroundTasks() == before.backgroundTasks());
        }
    }

    private static String next(Iterator<String> lines, String prefix) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("the stream ended before a line starting " + prefix);
    }

    /** Watches end their threads a little after the last one closes (docs/watch.md: 2 s idle). */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("the watch's resources were not released").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
