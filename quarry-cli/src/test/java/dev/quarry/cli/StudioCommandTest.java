package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry studio} prints the Studio's address with its token, serves it, and stops when interrupted. */
class StudioCommandTest {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]+)");

    @TempDir
    Path dir;

    @Test
    void studioServesTheDatabaseAtThePrintedAddressUntilInterrupted() throws Exception {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("shop.db"))) {
            db.sql("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)").execute();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> exit.set(Main.commandLine(new Environment(Map.of(), dir))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("studio", "--url", "jdbc:sqlite:shop.db", "--read-only")), "studio-command");
        command.start();
        try {
            Matcher m = URL.matcher("");
            Instant deadline = Instant.now().plusSeconds(30);
            while (!(m = URL.matcher(out.toString())).find() && Instant.now().isBefore(deadline)) {
                assertThat(command.isAlive()).as(err.toString()).isTrue();
                Thread.sleep(50);
            }
            assertThat(out.toString()).startsWith("Quarry Studio on sqlite (read-only): http://127.0.0.1:");
            URI url = URI.create(m.group(1));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> meta = http.send(HttpRequest.newBuilder(url.resolve("/api/meta"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(url.resolve("/api/meta")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Quarry Studio");
            assertThat(meta.body()).contains("\"name\":\"customer\"").contains("\"readOnly\":true");
            assertThat(noToken.statusCode()).isEqualTo(403);
        } finally {
            command.interrupt();
            command.join(30_000);
        }
        assertThat(command.isAlive()).isFalse();
        assertThat(exit.get()).as(err.toString()).isZero();
    }
}
