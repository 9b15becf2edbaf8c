package dev.quarry.studio;

import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.Quarry;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.LeakCheckExtension;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Edits through the API on every database: typed values stored as the DSL stores them, bad values and refused
 * constraints answered with a message naming what was wrong and leaving the row as it was, and export of a filtered
 * grid.
 */
@ExtendWith(LeakCheckExtension.class)   // every Studio a test starts is closed with its watches and streams
class EditingApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<TestTarget, ChinookDatabase> DATABASES = new EnumMap<>(TestTarget.class);

    @AfterAll
    static void dropDatabases() throws Exception {
        for (ChinookDatabase d : DATABASES.values()) {
            d.close();
        }
        DATABASES.clear();
    }

    private record Session(StudioClient client, String cookie, String csrf) {
        HttpResponse<String> post(String path, Object body) throws Exception {
            return client.post(path, cookie, csrf, JSON.writeValueAsString(body));
        }
    }

    private static Session session(Studio studio) throws Exception {
        StudioClient client = new StudioClient(studio);
        String cookie = client.login();
        String csrf = JSON.readTree(client.get("/api/meta", cookie).body()).get("csrf").asText();
        return new Session(client, cookie, csrf);
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void badValuesAndRefusedConstraintsNameWhatWasWrongAndChangeNothing(TestTarget target) throws Exception {
        Quarry db = DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
        try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false))) {
            Session s = session(studio);

            HttpResponse<String> notANumber = s.post("/api/update", Map.of("table", "Track",
                    "key", Map.of("TrackId", "1"), "values", Map.of("Milliseconds", "long")));
            HttpResponse<String> tooLarge = s.post("/api/update", Map.of("table", "Track",
                    "key", Map.of("TrackId", "1"), "values", Map.of("UnitPrice", "123456789.5")));
            HttpResponse<String> stillReferenced = s.post("/api/delete", Map.of("table", "Genre",
                    "key", Map.of("GenreId", "1")));
            HttpResponse<String> noSuchRow = s.post("/api/delete", Map.of("table", "Genre",
                    "key", Map.of("GenreId", "4242")));

            assertThat(notANumber.statusCode()).isEqualTo(400);
            assertThat(error(notANumber)).contains("column 'Milliseconds'").contains("'long' is not one");
            // a DECIMAL(10, 2) on the servers, refused by the Studio's parse (too many digits before the point);
            // SQLite's NUMERIC column is guarded by Quarry's check constraint: a CheckViolationException
            assertThat(tooLarge.statusCode()).isIn(400, 409);
            assertThat(error(tooLarge)).containsAnyOf("UnitPrice", "quarry_fits");
            assertThat(stillReferenced.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(stillReferenced.body()).get("kind").asText())
                    .isEqualTo("ForeignKeyViolationException");
            assertThat(noSuchRow.statusCode()).isEqualTo(400);
            assertThat(error(noSuchRow)).contains("no row of 'Genre'");
            var track = db.selectFrom(TRACK).where(TRACK.trackId.eq(1L)).fetchOne();
            assertThat(track.milliseconds()).isEqualTo(343_719L);
            assertThat(track.unitPrice()).isEqualByComparingTo(new BigDecimal("0.99"));
            assertThat(db.selectFrom(GENRE).where(GENRE.genreId.eq(1L)).fetchOptional()).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestTarget.class, names = {"POSTGRES", "MARIADB"})
    void typedInputsAreStoredAsTheDslStoresThem(TestTarget target) throws Exception {
        Quarry db = DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
        try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false))) {
            Session s = session(studio);

            HttpResponse<String> dated = s.post("/api/update", Map.of("table", "Invoice",
                    "key", Map.of("InvoiceId", "1"),
                    "values", Map.of("InvoiceDate", "2024-01-31T10:15", "Total", "12.5")));

            assertThat(dated.statusCode()).as(dated.body()).isEqualTo(200);
            var invoice = db.selectFrom(INVOICE).where(INVOICE.invoiceId.eq(1L)).fetchOne();
            assertThat(invoice.invoiceDate()).isEqualTo(LocalDateTime.of(2024, 1, 31, 10, 15));
            assertThat(invoice.total()).isEqualByComparingTo(new BigDecimal("12.50"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void aRowIsInsertedAndDeletedAndAFilteredGridExportsAsCsvAndJson(TestTarget target) throws Exception {
        Quarry db = DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
        try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false))) {
            Session s = session(studio);

            assertThat(s.post("/api/insert", Map.of("table", "Genre",
                    "values", Map.of("GenreId", "700", "Name", "Sea \"shanty\", sung"))).statusCode()).isEqualTo(200);
            String csv = s.client().get("/api/export?format=csv&table=Genre&f=GenreId:ge:25", s.cookie()).body();
            JsonNode json = JSON.readTree(s.client().get("/api/export?format=json&table=Genre&f=GenreId:ge:25",
                    s.cookie()).body());
            assertThat(s.post("/api/delete", Map.of("table", "Genre", "key", Map.of("GenreId", "700")))
                    .statusCode()).isEqualTo(200);

            assertThat(csv).isEqualTo("GenreId,Name\r\n25,Opera\r\n700,\"Sea \"\"shanty\"\", sung\"\r\n");
            assertThat(json.toString()).isEqualTo(
                    "[{\"GenreId\":\"25\",\"Name\":\"Opera\"},{\"GenreId\":\"700\",\"Name\":\"Sea \\\"shanty\\\", sung\"}]");
            assertThat(db.selectFrom(GENRE).where(GENRE.genreId.eq(700L)).fetchOptional()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void aBinaryValueIsUploadedAsBase64ShownAsItsSizeAndDownloadedAsItWas(TestTarget target) throws Exception {
        Quarry db = DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
        TableDef doc = TableDef.builder("studio_doc").column("id", DataType.LONG)
                .nullableColumn("body", DataType.BYTES).primaryKey("id").build();
        for (String ddl : db.platform().ddl().createTable(doc, true)) {
            db.sql(ddl).execute();
        }
        db.sql("INSERT INTO studio_doc (id) VALUES (1)").execute();
        byte[] bytes = {0, 1, 2, (byte) 0xff, 'q'};
        try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false))) {
            Session s = session(studio);

            HttpResponse<String> upload = s.post("/api/update", Map.of("table", "studio_doc",
                    "key", Map.of("id", "1"), "values", Map.of("body", Base64.getEncoder().encodeToString(bytes))));
            JsonNode grid = JSON.readTree(s.client().get("/api/rows?table=studio_doc", s.cookie()).body());
            HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(studio.address().resolve("/api/blob?table=studio_doc&column=body&key="
                            + java.net.URLEncoder.encode("{\"id\":\"1\"}", java.nio.charset.StandardCharsets.UTF_8)))
                            .header("Cookie", s.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
            assertThat(db.sql("SELECT body FROM studio_doc WHERE id = 1").fetch(r -> r.get(0, DataType.BYTES)))
                    .containsExactly(bytes);
            assertThat(grid.get("rows").get(0).get(1).asText()).startsWith("5 bytes · ");
            assertThat(download.body()).isEqualTo(bytes);
        }
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("error").asText();
    }
}
