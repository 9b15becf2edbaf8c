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
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
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
        try (Running studio = Running.start(dir, "studio", "--url", "jdbc:sqlite:shop.db", "--read-only")) {
            assertThat(studio.out()).startsWith("Quarry Studio on sqlite (read-only): http://127.0.0.1:");

            HttpResponse<String> meta = studio.get("/api/meta");
            HttpResponse<String> noToken = studio.http.send(HttpRequest.newBuilder(studio.url.resolve("/api/meta"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(studio.page.statusCode()).isEqualTo(200);
            assertThat(studio.page.body()).contains("Quarry Studio");
            assertThat(meta.body()).contains("\"name\":\"customer\"").contains("\"readOnly\":true");
            assertThat(noToken.statusCode()).isEqualTo(403);
        }
    }

    @Test
    void withTheCodesClasspathAnEnumColumnIsAChoiceOfItsConstantsAndRefusesOthers() throws Exception {
        Path classes = SchemaCompiler.compile(dir.resolve("classes"), Map.of("shop.Priority", """
                package shop;

                public enum Priority { LOW, HIGH }
                """, "shop.Ticket", """
                package shop;

                import dev.quarry.annotation.*;

                @Table("ticket")
                public record Ticket(@Id long id, Priority priority) {
                }
                """));
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("shop.db"))) {
            db.sql("CREATE TABLE ticket (id INTEGER PRIMARY KEY, priority TEXT NOT NULL)").execute();
            db.sql("INSERT INTO ticket (id, priority) VALUES (1, 'LOW')").execute();
        }
        try (Running studio = Running.start(dir, "studio", "--url", "jdbc:sqlite:shop.db",
                "--classpath", classes.toString())) {
            String rows = studio.get("/api/rows?table=ticket").body();
            HttpResponse<String> refused = studio.post("/api/update",
                    "{\"table\":\"ticket\",\"key\":{\"id\":\"1\"},\"values\":{\"priority\":\"URGENT\"}}");
            HttpResponse<String> stored = studio.post("/api/update",
                    "{\"table\":\"ticket\",\"key\":{\"id\":\"1\"},\"values\":{\"priority\":\"HIGH\"}}");

            assertThat(rows).contains("\"input\":\"enum\",\"options\":[\"LOW\",\"HIGH\"]");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("column 'priority' takes one of LOW, HIGH");
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        }
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("shop.db"))) {
            assertThat(db.sql("SELECT priority FROM ticket WHERE id = 1").fetch(r -> r.getString(0)))
                    .containsExactly("HIGH");
        }
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void noLiveTriggersKeepsAWritableStudiosGridsLiveByReReadingThem(TestDb t) throws Exception {
        t.db().sql("CREATE TABLE ticket (id INTEGER PRIMARY KEY)").execute();
        try (Running studio = Running.start(dir, "studio", "--url", t.url(), "--writable", "--no-live-triggers")) {
            HttpResponse<java.util.stream.Stream<String>> live = studio.http.send(HttpRequest.newBuilder(
                    studio.url.resolve("/api/live?table=ticket")).header("Cookie", studio.cookie).build(),
                    HttpResponse.BodyHandlers.ofLines());
            try (java.util.stream.Stream<String> lines = live.body()) {
                // the first event comes at once (the first read); later ones only when the grid changes
                assertThat(lines.filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                        .contains("\"how\":\"polling\"");
            }
            assertThat(studio.out()).contains("(writable)");
        }
    }

    /** {@code quarry studio ...} running on a thread, its printed address opened (the token turned into a cookie). */
    private static final class Running implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final AtomicInteger exit = new AtomicInteger(-1);
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Thread command;
        URI url;
        HttpResponse<String> page;
        String cookie;

        static Running start(Path dir, String... args) throws Exception {
            Running r = new Running();
            r.command = new Thread(() -> r.exit.set(Main.commandLine(new Environment(Map.of(), dir))
                    .setOut(new PrintWriter(r.out, true)).setErr(new PrintWriter(r.err, true))
                    .execute(args)), "studio-command");
            r.command.start();
            Matcher m = URL.matcher("");
            Instant deadline = Instant.now().plusSeconds(30);
            while (!(m = URL.matcher(r.out.toString())).find() && Instant.now().isBefore(deadline)) {
                assertThat(r.command.isAlive()).as(r.err.toString()).isTrue();
                Thread.sleep(50);
            }
            r.url = URI.create(m.group(1));
            r.page = r.http.send(HttpRequest.newBuilder(r.url).build(), HttpResponse.BodyHandlers.ofString());
            r.cookie = r.page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            return r;
        }

        String out() {
            return out.toString();
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(url.resolve(path)).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            String meta = get("/api/meta").body();
            Matcher csrf = Pattern.compile("\"csrf\":\"([^\"]+)\"").matcher(meta);
            assertThat(csrf.find()).as(meta).isTrue();
            return http.send(HttpRequest.newBuilder(url.resolve(path)).header("Cookie", cookie)
                    .header("Content-Type", "application/json").header("X-Quarry-CSRF", csrf.group(1))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws Exception {
            command.interrupt();
            command.join(30_000);
            assertThat(command.isAlive()).isFalse();
            assertThat(exit.get()).as(err.toString()).isZero();
        }
    }
}
