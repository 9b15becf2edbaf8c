package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.InvalidValueException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;

/**
 * Queries built per call, the form code starts with, run from a plan kept under the query's shape (see
 * docs/dsl.md): every call must see the rows of its own values, whichever call made the plan, on every database.
 */
class AdHocQueryContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void eachCallOfAShapeFindsTheRowsOfItsOwnValues() {
        for (int round = 0; round < 3; round++) {
            for (Artist a : data.artists()) {
                assertThat(db.selectFrom(ARTIST).where(ARTIST.id.eq(a.id())).fetchOne()).isEqualTo(a);
                assertThat(db.selectFrom(ARTIST).where(ARTIST.name.eq(a.name())).fetch()).containsExactly(a);
                assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.id.eq(a.id())).fetch())
                        .containsExactly(a.name());
                assertThat(db.select(ARTIST.country).from(ARTIST).where(ARTIST.id.eq(a.id())).fetch())
                        .containsExactly(a.country());
                assertThat(db.select(ALBUM.title).from(ALBUM).where(ALBUM.artistId.eq(a.id())).orderBy(ALBUM.id)
                        .fetch()).containsExactlyElementsOf(data.albumsOf(a.id()).stream().map(Album::title).toList());
            }
        }
    }

    @AllDatabases
    void aNullAndAValueFindTheirOwnRows() {
        for (String country : new String[] {"USA", null, "IS", null}) {
            List<Artist> want = data.artists().stream().filter(a -> Objects.equals(a.country(), country)).toList();
            assertThat(db.selectFrom(ARTIST).where(ARTIST.country.eq(country)).fetch())
                    .as("country %s", country).containsExactlyInAnyOrderElementsOf(want);
        }
    }

    @AllDatabases
    void inListsOfEveryLengthFindTheirRows() {
        List<Long> ids = new ArrayList<>();
        for (Track t : data.tracks()) {
            ids.add(t.id());
            List<Track> found = db.selectFrom(TRACK).where(TRACK.id.in(ids)).orderBy(TRACK.id).fetch();
            assertThat(found).extracting(Track::id).containsExactlyElementsOf(ids.stream().sorted().toList());
        }
    }

    @AllDatabases
    void threadsRunningOneShapeWithTheirOwnValuesEachGetTheirOwnRows() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread;
                done.add(pool.submit(() -> {
                    int checked = 0;
                    List<Track> tracks = data.tracks();
                    for (int i = 0; i < 200; i++) {
                        Track t = tracks.get((i * 7 + offset) % tracks.size());
                        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(t.id())).fetchOne()).isEqualTo(t);
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @AllDatabases
    void aValueItsTypeRefusesFailsOnlyItsOwnCall() {
        Album album = data.albums().get(0);
        assertThat(db.selectFrom(ALBUM).where(ALBUM.price.eq(album.price())).fetch()).contains(album);
        assertThatThrownBy(() -> db.selectFrom(ALBUM).where(ALBUM.price.eq(new BigDecimal("12345678901.5"))).fetch())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("DECIMAL(10, 2)");
        assertThat(db.selectFrom(ALBUM).where(ALBUM.price.eq(album.price())).fetch()).contains(album);
    }
}
