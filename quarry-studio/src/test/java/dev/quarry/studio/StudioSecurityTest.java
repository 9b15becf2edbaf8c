package dev.quarry.studio;

import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.testing.LeakCheckExtension;
import dev.quarry.testing.TestTarget;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Studio's refusals, over plain HTTP as another program or another site's page would try: no token, a wrong
 * token, a write without the CSRF token, an edit in read-only mode, a write through the console; each refusal leaves
 * the data as it was.
 */
@ExtendWith(LeakCheckExtension.class)   // every Studio a test starts is closed with its watches and streams
class StudioSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<TestTarget, ChinookDatabase> DATABASES = new EnumMap<>(TestTarget.class);

    private static Quarry chinook(TestTarget target) {
        return DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
    }

    @AfterAll
    static void dropDatabases() throws Exception {
        for (ChinookDatabase d : DATABASES.values()) {
            d.close();
        }
        DATABASES.clear();
    }

    @Test
    void aRequestWithoutTheTokenOrWithAWrongOneIsRefused() throws Exception {
        try (Studio studio = Studio.start(chinook(TestTarget.SQLITE), StudioOptions.defaults())) {
            StudioClient client = new StudioClient(studio);

            assertThat(client.get("/", null).statusCode()).isEqualTo(403);
            assertThat(client.get("/api/meta", null).statusCode()).isEqualTo(403);
            assertThat(client.get("/api/rows?table=Track&token=wrong", null).statusCode()).isEqualTo(403);
            assertThat(client.get("/api/meta", "quarry_studio_" + studio.port() + "=wrong").statusCode())
                    .isEqualTo(403);
            HttpResponse<String> refused = client.get("/static/studio.js", null);
            assertThat(refused.body()).contains("no valid token").doesNotContain(studio.url().getQuery());
        }
    }

    @Test
    void theFirstVisitWithTheTokenSetsACookieThatAdmitsTheNextRequests() throws Exception {
        try (Studio studio = Studio.start(chinook(TestTarget.SQLITE), StudioOptions.defaults())) {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();

            HttpResponse<String> meta = client.get("/api/meta", cookie);

            assertThat(meta.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(meta.body()).get("tables").findValuesAsText("name")).contains("Track", "Genre");
            assertThat(studio.address().getHost()).isEqualTo("127.0.0.1");
            assertThat(studio.toString()).doesNotContain(studio.url().getQuery().substring("token=".length()));
        }
    }

    @Test
    void aWriteWithoutTheCsrfTokenOrWithAWrongOneIsRefusedAndChangesNothing() throws Exception {
        Quarry db = chinook(TestTarget.SQLITE);
        try (Studio studio = Studio.start(db, StudioOptions.defaults())) {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();
            String insert = "{\"table\":\"Genre\",\"values\":{\"GenreId\":\"900\",\"Name\":\"Forged\"}}";

            HttpResponse<String> none = client.post("/api/insert", cookie, null, insert);
            HttpResponse<String> wrong = client.post("/api/insert", cookie, "not-the-token", insert);

            assertThat(none.statusCode()).isEqualTo(403);
            assertThat(wrong.statusCode()).isEqualTo(403);
            assertThat(wrong.body()).contains("CSRF");
            assertThat(db.selectFrom(GENRE).where(GENRE.genreId.eq(900L)).fetchOptional()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void aReadOnlyStudioRefusesEditsServerSide(TestTarget target) throws Exception {
        Quarry db = chinook(target);
        StudioOptions options = target == TestTarget.SQLITE ? StudioOptions.defaults().readOnly(true)
                : StudioOptions.defaults();   // read-only is the default on a server
        try (Studio studio = Studio.start(db, options)) {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();
            String csrf = JSON.readTree(client.get("/api/meta", cookie).body()).get("csrf").asText();

            HttpResponse<String> insert = client.post("/api/insert", cookie, csrf,
                    "{\"table\":\"Genre\",\"values\":{\"GenreId\":\"901\",\"Name\":\"Refused\"}}");
            HttpResponse<String> update = client.post("/api/update", cookie, csrf,
                    "{\"table\":\"Genre\",\"key\":{\"GenreId\":\"1\"},\"values\":{\"Name\":\"Refused\"}}");
            HttpResponse<String> delete = client.post("/api/delete", cookie, csrf,
                    "{\"table\":\"Genre\",\"key\":{\"GenreId\":\"25\"}}");

            assertThat(studio.readOnly()).isTrue();
            assertThat(insert.statusCode()).isEqualTo(403);
            assertThat(update.statusCode()).isEqualTo(403);
            assertThat(delete.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(update.body()).get("error").asText()).contains("read-only");
            assertThat(db.select(count()).from(GENRE).fetchOne()).isEqualTo(25L);
            assertThat(db.selectFrom(GENRE).where(GENRE.genreId.eq(1L)).fetchOne().name()).isEqualTo("Rock");
        }
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void theConsoleRefusesEveryKindOfWriteInItsReadOnlyTransaction(TestTarget target) throws Exception {
        Quarry db = chinook(target);
        try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false))) {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();
            String csrf = JSON.readTree(client.get("/api/meta", cookie).body()).get("csrf").asText();
            String genre = db.quote("Genre");

            JsonNode read = JSON.readTree(client.post("/api/query", cookie, csrf,
                    sql("SELECT count(*) AS n FROM " + db.quote("Track"))).body());
            assertThat(read.get("rows").get(0).get(0).asText()).isEqualTo("3503");

            for (String write : new String[] {
                    "DELETE FROM " + genre,
                    "UPDATE " + genre + " SET " + db.quote("Name") + " = 'x'",
                    "INSERT INTO " + genre + " VALUES (902, 'Console')",
                    "CREATE TABLE studio_console_probe (x INT PRIMARY KEY)",
                    "SELECT 1; DELETE FROM " + genre}) {
                HttpResponse<String> refused = client.post("/api/query", cookie, csrf, sql(write));
                assertThat(refused.statusCode()).as(write).isBetween(400, 599);
                JsonNode error = JSON.readTree(refused.body());
                assertThat(error.get("error").asText()).as(write).isNotBlank();
                if (!write.contains(";")) {   // refused by the database, not by the one-statement guard
                    assertThat(error.get("kind").asText()).as(write + ": " + error).isNotEqualTo("BadRequest");
                }
            }
            assertThat(db.select(count()).from(GENRE).fetchOne()).isEqualTo(25L);
            assertThat(db.selectFrom(GENRE).where(GENRE.genreId.eq(1L)).fetchOne().name()).isEqualTo("Rock");
            List<String> tables = db.withConnection(ConnectionAccess.READ,
                    c -> db.platform().introspector().tableNames(c));
            assertThat(tables).doesNotContain("studio_console_probe");
        }
    }

    private static String sql(String text) throws Exception {
        return JSON.writeValueAsString(Map.of("sql", text));
    }
}
