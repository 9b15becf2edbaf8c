package dev.quarry.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.ConnectionAccess;
import dev.quarry.testing.Availability;
import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.LeakCheckExtension;
import dev.quarry.testing.TestTarget;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A read-only Studio on a server database changes nothing in it: its live grids install no trigger (and no table)
 * and are kept live by re-reading their page, so another connection's insert still reaches an open grid. The same
 * grid with {@code liveTriggers(true)} does install the watch's triggers, which shows the check sees them.
 */
@ExtendWith(LeakCheckExtension.class)
class ReadOnlyLiveTest {
    /** A bound on each wait for an event: a few poll intervals (1 s by default) on a busy machine. */
    private static final long EVENT_SECONDS = 5;

    @ParameterizedTest
    @EnumSource(value = TestTarget.class, names = {"POSTGRES", "MARIADB"})
    void aReadOnlyStudioInstallsNoTriggerAndItsGridStillSeesAnotherConnectionsInsert(TestTarget target)
            throws Exception {
        Availability.require(target);
        try (DatabaseScope scope = DatabaseScope.create(target)) {
            Quarry db = scope.db();
            db.sql("CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(40) NOT NULL)").execute();
            db.sql("INSERT INTO note (id, body) VALUES (1, 'first')").execute();
            List<String> tablesBefore = tables(db);

            try (Studio studio = Studio.start(db, StudioOptions.defaults())) {
                Events events = Events.open(studio);

                assertThat(studio.readOnly()).isTrue();
                assertThat(events.next("event:")).isEqualTo("event: ready");
                assertThat(events.next("data:")).contains("\"how\":\"polling\"").contains("\"total\":1");
                assertThat(triggers(scope, target)).isZero();
                insert(scope, 2, "second");
                assertThat(events.next("event:")).isEqualTo("event: change");
                assertThat(events.next("data:")).contains("\"total\":2");
                assertThat(triggers(scope, target)).isZero();
                assertThat(tables(db)).isEqualTo(tablesBefore);
            }

            try (Studio studio = Studio.start(db, StudioOptions.defaults().liveTriggers(true))) {
                Events events = Events.open(studio);

                assertThat(events.next("event:")).isEqualTo("event: ready");
                assertThat(events.next("data:")).contains("\"how\":\"watch\"");
                assertThat(triggers(scope, target)).isPositive();
            }
        }
    }

    private static void insert(DatabaseScope scope, int id, String body) throws Exception {
        try (Connection c = scope.jdbc(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate("INSERT INTO note (id, body) VALUES (" + id + ", '" + body + "')");
        }
    }

    /** The triggers of the scope's schema (PostgreSQL) or database (MariaDB), read from the catalog. */
    private static long triggers(DatabaseScope scope, TestTarget target) throws Exception {
        String sql = target == TestTarget.POSTGRES
                ? "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal"
                + " AND n.nspname = current_schema()"
                : "SELECT count(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()";
        try (Connection c = scope.jdbc(); Statement s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<String> tables(Quarry db) {
        return db.withConnection(ConnectionAccess.READ, c -> db.platform().introspector().tableNames(c));
    }

    /** A grid's event stream, its lines read on a thread of their own so every wait is bounded. */
    private record Events(BlockingQueue<String> lines) {
        static Events open(Studio studio) throws Exception {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();
            HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(studio.address().resolve("/api/live?table=note"))
                            .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofLines());
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> stream.body().forEach(lines::add), "live-stream-reader");
            reader.setDaemon(true);   // ends with the stream, when the Studio closes
            reader.start();
            return new Events(lines);
        }

        String next(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_SECONDS);
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertThat(line).as("no line starting " + prefix + " within " + EVENT_SECONDS + " s").isNotNull();
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
        }
    }
}
