package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Select;
import dev.quarry.query.Tuple6;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * Projections of any width into the user's own records (issue 9, point 4), from the database handle and from the
 * static {@code Dsl.select}, which take the same forms: typed tuples up to six items, any number into a record.
 */
class ProjectionContractTest {
    /** Nine items, two of them nullable, one a whole table. */
    record TrackRow(long id, String name, Long albumId, int position, String genre, int milliseconds,
                    Integer rating, BigDecimal unitPrice, long albums) {
    }

    record TrackWithAlbum(Track track, Album album, String artist) {
    }

    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    private static Select<Object[]> nineItems(Select<Object[]> s) {
        return s.from(TRACK).orderBy(TRACK.id.asc());
    }

    @AllDatabases
    void nineItemsIntoARecordFromTheHandleAndFromDsl() {
        List<TrackRow> fromHandle = nineItems(db.select(TRACK.id, TRACK.name, TRACK.albumId, TRACK.position,
                TRACK.genre, TRACK.milliseconds, TRACK.rating, TRACK.unitPrice,
                count().over(dev.quarry.query.Window.partitionBy(TRACK.albumId)))).into(TrackRow.class).fetch();
        List<TrackRow> fromDsl = db.fetch(nineItems(select(TRACK.id, TRACK.name, TRACK.albumId, TRACK.position,
                TRACK.genre, TRACK.milliseconds, TRACK.rating, TRACK.unitPrice,
                count().over(dev.quarry.query.Window.partitionBy(TRACK.albumId)))).into(TrackRow.class));
        List<TrackRow> expected = data.tracks().stream().sorted(Comparator.comparingLong(Track::id))
                .map(t -> new TrackRow(t.id(), t.name(), t.albumId(), t.position(), t.genre(), t.milliseconds(),
                        t.rating(), t.unitPrice(), data.tracks().stream()
                        .filter(x -> java.util.Objects.equals(x.albumId(), t.albumId())).count()))
                .toList();
        assertThat(fromHandle).isEqualTo(expected);
        assertThat(fromDsl).isEqualTo(expected);
    }

    @AllDatabases
    void anyWidthAlsoReadsAsArrays() {
        List<Object[]> rows = db.select(TRACK.id, TRACK.name, TRACK.albumId, TRACK.position, TRACK.genre,
                TRACK.milliseconds, TRACK.rating).from(TRACK).where(TRACK.id.eq(119)).fetch();
        assertThat(rows).singleElement().satisfies(r -> assertThat(r)
                .containsExactly(119L, "Untitled 100% _demo_", null, 1, null, 61_000, 1));
    }

    @AllDatabases
    void wholeTablesAreItemsOfTheirOwn() {
        List<TrackWithAlbum> rows = db.select(TRACK, ALBUM, ARTIST.name).from(TRACK)
                .leftJoin(ALBUM).on(ALBUM.id.eq(TRACK.albumId)).leftJoin(ARTIST).on(ARTIST.id.eq(ALBUM.artistId))
                .orderBy(TRACK.id.asc()).into(TrackWithAlbum.class).fetch();
        assertThat(rows).hasSize(data.tracks().size());
        assertThat(rows.get(0)).isEqualTo(new TrackWithAlbum(data.tracks(t -> t.id() == 101).get(0),
                data.album(11), "AC/DC"));
        assertThat(rows).filteredOn(r -> r.track().albumId() == null)
                .allSatisfy(r -> assertThat(r.album()).isNull());
    }

    @AllDatabases
    void dslSelectsTheSameTypedTuplesAsTheHandle() {
        Select<Tuple6<Long, String, Long, Integer, String, BigDecimal>> six = select(ALBUM.id, ALBUM.title,
                ALBUM.artistId, TRACK.position, TRACK.name, TRACK.unitPrice).from(ALBUM).join(TRACK)
                .on(TRACK.albumId.eq(ALBUM.id)).where(TRACK.id.eq(101));
        assertThat(db.fetch(six)).containsExactly(new Tuple6<>(11L, "Back in Black",
                data.artist("AC/DC").id(), 1, "Hells Bells", new BigDecimal("0.99")));
    }

    @AllDatabases
    void aNullForAPrimitiveComponentIsAnErrorNamingIt() {
        record Strict(long id, long albumId) {
        }
        assertThatThrownBy(() -> db.select(TRACK.id, TRACK.albumId).from(TRACK).where(TRACK.id.eq(119))
                .into(Strict.class).fetch())
                .isInstanceOf(QuarryException.class).hasMessageContaining("Strict.albumId");
    }

    @AllDatabases
    void aRecordThatDoesNotFitIsRefusedWhenTheSelectIsBuilt() {
        record TwoFields(long id, String name) {
        }
        record WrongType(long id, int name) {
        }
        assertThatThrownBy(() -> db.select(TRACK.id, TRACK.name, TRACK.genre).from(TRACK).into(TwoFields.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 components")
                .hasMessageContaining("3 items");
        assertThatThrownBy(() -> db.select(TRACK.id, TRACK.name).from(TRACK).into(WrongType.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WrongType.name")
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> db.selectFrom(ARTIST).into(Artist.class.arrayType()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one");
    }
}
