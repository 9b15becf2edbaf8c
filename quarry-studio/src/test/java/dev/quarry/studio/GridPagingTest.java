package dev.quarry.studio;

import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarry.Quarry;
import dev.quarry.testing.LeakCheckExtension;
import dev.quarry.testing.TestTarget;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keyset paging through the API visits every row once, in the order the grid shows, also when the sort column is
 * nullable (977 tracks have no composer) and in both directions, and filters count what they keep.
 */
@ExtendWith(LeakCheckExtension.class)   // every Studio a test starts is closed with its watches and streams
class GridPagingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<TestTarget, ChinookDatabase> DATABASES = new EnumMap<>(TestTarget.class);

    @AfterAll
    static void dropDatabases() throws Exception {
        for (ChinookDatabase d : DATABASES.values()) {
            d.close();
        }
        DATABASES.clear();
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void pagingByANullableColumnVisitsEveryTrackOnceInTheGridsOrder(TestTarget target) throws Exception {
        Quarry db = DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
        try (Studio studio = Studio.start(db, StudioOptions.defaults().pageSize(400))) {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();

            List<Long> ascending = pageThrough(client, cookie, "table=Track&sort=Composer&dir=asc");
            List<Long> descending = pageThrough(client, cookie, "table=Track&sort=Composer&dir=desc");

            assertThat(ascending).hasSize(3503).doesNotHaveDuplicates()
                    .isEqualTo(db.select(TRACK.trackId).from(TRACK)
                            .orderBy(TRACK.composer.asc().nullsFirst(), TRACK.trackId.asc()).fetch());
            assertThat(descending).hasSize(3503).doesNotHaveDuplicates()
                    .isEqualTo(db.select(TRACK.trackId).from(TRACK)
                            .orderBy(TRACK.composer.desc().nullsLast(), TRACK.trackId.desc()).fetch());
        }
    }

    @ParameterizedTest
    @EnumSource(TestTarget.class)
    void filtersKeepOnlyMatchingRowsAndCountThem(TestTarget target) throws Exception {
        Quarry db = DATABASES.computeIfAbsent(target, ChinookDatabase::open).db();
        try (Studio studio = Studio.start(db, StudioOptions.defaults())) {
            StudioClient client = new StudioClient(studio);
            String cookie = client.login();

            JsonNode page = JSON.readTree(client.get("/api/rows?table=Track&f=" + encode("Composer:contains:Jagger")
                    + "&f=" + encode("Milliseconds:gt:300000"), cookie).body());
            JsonNode noComposer = JSON.readTree(client.get("/api/rows?table=Track&f=Composer:null", cookie).body());
            JsonNode badValue = JSON.readTree(client.get("/api/rows?table=Track&f=Milliseconds:gt:long", cookie)
                    .body());

            assertThat(page.get("total").asLong()).isEqualTo(db.select(dev.quarry.query.Dsl.count()).from(TRACK)
                    .where(TRACK.composer.contains("Jagger"), TRACK.milliseconds.gt(300_000L)).fetchOne());
            assertThat(noComposer.get("total").asLong()).isEqualTo(977L);
            assertThat(badValue.get("error").asText()).contains("Milliseconds").contains("'long'");
        }
    }

    private static List<Long> pageThrough(StudioClient client, String cookie, String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        String after = null;
        do {
            String url = "/api/rows?" + query + (after == null ? "" : "&after=" + encode(after));
            JsonNode page = JSON.readTree(client.get(url, cookie).body());
            assertThat(page.has("error")).as(page.toString()).isFalse();
            page.get("rows").forEach(r -> ids.add(r.get(0).asLong()));
            after = page.get("next").isNull() ? null : JSON.writeValueAsString(page.get("next"));
        } while (after != null);
        return ids;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
