package dev.quarry.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.Quarry;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.Availability;
import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.LeakCheckExtension;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With the code's table definitions given, the Studio types a table as the code does, on every database: an enum is
 * a choice of its constants, and a value the DSL would refuse (not a constant, too many decimals, not a date, not
 * JSON) is refused with a 400 naming the column, leaving the row as it was; a good value is stored as the DSL reads
 * it. A code definition that no longer matches the database is said so on the schema, not an error.
 */
@ExtendWith(LeakCheckExtension.class)
class CodeTypesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void theCodesTypesOfferAnEnumsConstantsAndRefuseWhatTheDslRefuses(TestTarget target) throws Exception {
        Availability.require(target);
        try (DatabaseScope scope = DatabaseScope.create(target)) {
            Quarry db = scope.db();
            CodeTypedTable.create(db);
            try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false)
                    .tables(List.of(CodeTypedTable.DEF)))) {
                Session s = Session.open(studio);

                JsonNode columns = JSON.readTree(s.get("/api/rows?table=studio_typed")).get("columns");
                HttpResponse<String> good = s.post("/api/insert", Map.of("table", "studio_typed", "values",
                        Map.of("id", "1", "mood", "CALM", "price", "12.50", "day", "2024-02-29",
                                "doc", "{\"tags\": [1, 2]}", "done", "true")));

                assertThat(column(columns, "mood").get("input").asText()).isEqualTo("enum");
                assertThat(column(columns, "mood").get("options").toString()).isEqualTo("[\"CALM\",\"CROSS\"]");
                assertThat(column(columns, "price").get("type").asText()).isEqualTo("DECIMAL(6, 2)");
                assertThat(column(columns, "day").get("input").asText()).isEqualTo("date");
                assertThat(column(columns, "done").get("input").asText()).isEqualTo("boolean");
                assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
                List<Object> stored = row(db);
                assertThat(stored.get(0)).isEqualTo(Mood.CALM);
                assertThat((BigDecimal) stored.get(1)).isEqualByComparingTo("12.50");
                assertThat(stored.get(2)).isEqualTo(LocalDate.of(2024, 2, 29));
                assertThat(JSON.readTree(stored.get(3).toString())).isEqualTo(JSON.readTree("{\"tags\":[1,2]}"));
                assertThat(stored.get(4)).isEqualTo(true);

                Map<String, String> bad = new LinkedHashMap<>();
                bad.put("mood", "ANGRY");
                bad.put("price", "1.234");
                bad.put("day", "2024-02-30");
                bad.put("doc", "{\"tags\": [1, 2}");
                for (Map.Entry<String, String> b : bad.entrySet()) {
                    HttpResponse<String> refused = s.post("/api/update", Map.of("table", "studio_typed",
                            "key", Map.of("id", "1"), "values", Map.of(b.getKey(), b.getValue())));
                    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
                    assertThat(error(refused)).as(b.getKey()).contains("column '" + b.getKey() + "'");
                }
                assertThat(error(s.post("/api/update", Map.of("table", "studio_typed", "key", Map.of("id", "1"),
                        "values", Map.of("mood", "ANGRY"))))).contains("CALM, CROSS");
                assertThat(row(db)).isEqualTo(stored);
                HttpResponse<String> changed = s.post("/api/update", Map.of("table", "studio_typed",
                        "key", Map.of("id", "1"), "values", Map.of("mood", "CROSS", "price", "0.5")));
                assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
                assertThat(row(db).get(0)).isEqualTo(Mood.CROSS);
                assertThat((BigDecimal) row(db).get(1)).isEqualByComparingTo("0.50");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void aCodeDefinitionThatNoLongerMatchesIsSaidSoOnTheSchemaAndTheGridStillWorks(TestTarget target)
            throws Exception {
        Availability.require(target);
        try (DatabaseScope scope = DatabaseScope.create(target)) {
            Quarry db = scope.db();
            CodeTypedTable.create(db);
            TableDef drifted = TableDef.builder("studio_typed")
                    .column("id", DataType.LONG)
                    .column("mood", CodeTypedTable.MOOD)
                    .column("price", CodeTypedTable.PRICE)
                    .column("day", DataType.BYTES)               // the database has a date (text on SQLite)
                    .column("renamed", DataType.STRING)          // the database has no such column
                    .primaryKey("id")
                    .build();
            TableDef gone = TableDef.builder("studio_gone").column("id", DataType.LONG).primaryKey("id").build();
            try (Studio studio = Studio.start(db, StudioOptions.defaults().readOnly(false)
                    .tables(List.of(drifted, gone)))) {
                Session s = Session.open(studio);

                JsonNode schema = JSON.readTree(s.get("/api/schema?table=studio_typed"));
                JsonNode meta = JSON.readTree(s.get("/api/meta"));
                HttpResponse<String> grid = s.client.get("/api/rows?table=studio_typed", s.cookie);

                assertThat(schema.get("code").get("described").asBoolean()).isTrue();
                assertThat(schema.get("code").get("notes").toString())
                        .contains("column 'day' is ").contains("the code says BYTES")
                        .contains("column 'renamed' of the code is not in the database")
                        .contains("column 'doc' is not in the code");
                assertThat(column(schema.get("columns"), "mood").get("input").asText()).isEqualTo("enum");
                assertThat(column(schema.get("columns"), "day").get("input").asText())
                        .isNotEqualTo("bytes");
                assertThat(meta.get("codeTablesMissing").toString()).isEqualTo("[\"studio_gone\"]");
                assertThat(grid.statusCode()).as(grid.body()).isEqualTo(200);
            }
        }
    }

    /** The row as the DSL's codecs read it, typed by the code. */
    private static List<Object> row(Quarry db) {
        return db.sql("SELECT mood, price, day, doc, done FROM studio_typed WHERE id = 1").fetch(r -> {
            List<Object> out = new ArrayList<>();
            out.add(r.get(0, CodeTypedTable.MOOD));
            out.add(r.get(1, CodeTypedTable.PRICE));
            out.add(r.get(2, DataType.LOCAL_DATE));
            out.add(r.get(3, DataType.JSON));
            out.add(r.get(4, DataType.BOOLEAN));
            return out;
        }).get(0);
    }

    private static JsonNode column(JsonNode columns, String name) {
        for (JsonNode c : columns) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name + " in " + columns);
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).get("error").asText();
    }

    private record Session(StudioClient client, String cookie, String csrf) {
        static Session open(Studio studio) throws Exception {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();
            String csrf = JSON.readTree(client.get("/api/meta", cookie).body()).get("csrf").asText();
            return new Session(client, cookie, csrf);
        }

        String get(String path) throws Exception {
            HttpResponse<String> r = client.get(path, cookie);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> post(String path, Object body) throws Exception {
            return client.post(path, cookie, csrf, JSON.writeValueAsString(body));
        }
    }
}
