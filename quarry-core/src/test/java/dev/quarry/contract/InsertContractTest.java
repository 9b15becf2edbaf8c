package dev.quarry.contract;

import static dev.quarry.fixtures.AllTypesTable.ALL_TYPES;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.select;
import static dev.quarry.query.Dsl.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.fixtures.AllTypes;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.PlaylistTrack;
import dev.quarry.fixtures.Track;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;

/** Inserting records, column values, many rows, batches and selects; generated keys. */
class InsertContractTest {
    private Quarry db;

    @BeforeEach
    void tables(TestDb t) {
        db = t.use(MusicData.TABLES[0], MusicData.TABLES[1], MusicData.TABLES[2], PLAYLIST_TRACK, ALL_TYPES);
    }

    private static Track track(long id, String name) {
        return new Track(id, null, (int) id, name, id % 3 == 0 ? null : "Genre " + id % 5, (int) (1000 * id),
                id % 4 == 0 ? null : (int) (id % 6), new BigDecimal("0.99"));
    }

    @AllDatabases
    void insertedRecordReadsBackEqual() {
        Track t = track(1, "Thunderstruck");
        assertThat(db.insertInto(TRACK).values(t).execute()).isEqualTo(1);
        assertThat(db.selectFrom(TRACK).fetch()).containsExactly(t);
    }

    @AllDatabases
    void insertOfColumnValuesLeavesTheOtherColumnsNull() {
        long n = db.insertInto(TRACK).set(TRACK.id, 7L).set(TRACK.name, "Solo").set(TRACK.position, 1)
                .set(TRACK.milliseconds, 1234).set(TRACK.unitPrice, new BigDecimal("1.50")).execute();
        assertThat(n).isEqualTo(1);
        assertThat(db.selectFrom(TRACK).fetchOne())
                .isEqualTo(new Track(7, null, 1, "Solo", null, 1234, null, new BigDecimal("1.50")));
    }

    @AllDatabases
    void columnValueMayBeAnExpression() {
        db.insertInto(TRACK).set(TRACK.id, 8L).set(TRACK.name, "Calc").set(TRACK.position, 2)
                .set(TRACK.milliseconds, val(60).times(1000)).set(TRACK.unitPrice, new BigDecimal("0.10")).execute();
        assertThat(db.select(TRACK.milliseconds).from(TRACK).fetchOne()).isEqualTo(60_000);
    }

    @AllDatabases
    void multiRowInsertOfFiveThousandRowsIsSplitBelowTheParameterLimit() {
        // 5,000 rows of 19 columns are 95,000 parameters: more than any of the three databases takes at once
        List<AllTypes> rows = IntStream.rangeClosed(1, 5_000).mapToObj(i -> new AllTypes(i, i % 2 == 0,
                (short) (i % 300), i, i * 1_000_000_007L, null, i / 8.0, null, "row " + i, "c" + i, null, null, null,
                null, null, null, null, null, null)).toList();
        assertThat(db.insertInto(ALL_TYPES).values(rows).execute()).isEqualTo(rows.size());
        List<AllTypes> back = db.selectFrom(ALL_TYPES).orderBy(ALL_TYPES.id.asc()).fetch();
        assertThat(back).containsExactlyElementsOf(rows);
    }

    @AllDatabases
    void batchInsertWritesEveryRowAndCountsThem() {
        List<Track> rows = IntStream.rangeClosed(1, 1_500).mapToObj(i -> track(i, "Batch " + i)).toList();
        assertThat(db.insertInto(TRACK).batch(rows).execute()).isEqualTo(rows.size());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(rows);
    }

    @AllDatabases
    void insertSelectCopiesTheSelectedRows() {
        List<Track> tracks = IntStream.rangeClosed(1, 12).mapToObj(i -> track(i, "T" + i)).toList();
        db.insertInto(TRACK).values(tracks).execute();
        long n = db.insertInto(PLAYLIST_TRACK)
                .columns(PLAYLIST_TRACK.playlistId, PLAYLIST_TRACK.trackId, PLAYLIST_TRACK.position)
                .select(select(val(77L), TRACK.id, TRACK.position).from(TRACK).where(TRACK.genre.isNotNull()))
                .execute();
        List<PlaylistTrack> expected = tracks.stream().filter(t -> t.genre() != null)
                .map(t -> new PlaylistTrack(77, t.id(), t.position())).toList();
        assertThat(n).isEqualTo(expected.size());
        assertThat(db.selectFrom(PLAYLIST_TRACK).fetch()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void generatedKeyIsLeftToTheDatabaseAndReturned() {
        Long id = db.insertInto(ARTIST).values(new Artist(0, "Accept", "Germany")).returning(ARTIST.id).fetchOne();
        assertThat(id).isNotNull();
        assertThat(db.selectFrom(ARTIST).where(ARTIST.id.eq(id)).fetchOne())
                .isEqualTo(new Artist(id, "Accept", "Germany"));
    }

    @AllDatabases
    void generatedKeysOfAMultiRowInsertAreDistinctAndEachFindsItsRow() {
        List<Artist> artists = IntStream.range(0, 25).mapToObj(i -> new Artist(0, "Band " + i, null)).toList();
        List<Long> ids = db.insertInto(ARTIST).values(artists).returning(ARTIST.id).fetch();
        assertThat(ids).hasSize(artists.size());
        assertThat(new HashSet<>(ids)).hasSize(artists.size());
        List<Artist> stored = new ArrayList<>();
        for (Long id : ids) {
            stored.add(db.selectFrom(ARTIST).where(ARTIST.id.eq(id)).fetchOne());
        }
        assertThat(stored).extracting(Artist::name)
                .containsExactlyInAnyOrderElementsOf(artists.stream().map(Artist::name).toList());
    }

    @AllDatabases
    void aRecordWhoseGeneratedKeyIsSetIsRefusedBeforeAnySql() {
        db.insertInto(ARTIST).values(new Artist(0, "Assigned key", null)).execute();
        List<Artist> before = db.selectFrom(ARTIST).fetch();

        assertThatThrownBy(() -> db.insertInto(ARTIST).values(List.of(new Artist(0, "Fine", null),
                new Artist(424_242, "Set key", null))).execute())
                .isInstanceOf(MisuseException.class)
                .hasMessageContaining("generated key artist.id is set")
                .hasMessageContaining("give 0");
        assertThatThrownBy(() -> db.insertInto(ARTIST).batch(List.of(new Artist(7, "Set key", null))))
                .isInstanceOf(MisuseException.class);
        assertThat(db.selectFrom(ARTIST).fetch()).isEqualTo(before);

        // the way the message gives to write a chosen key
        db.insertInto(ARTIST).set(ARTIST.id, 424_242L).set(ARTIST.name, "Chosen key").execute();
        assertThat(db.selectFrom(ARTIST).where(ARTIST.id.eq(424_242L)).fetchOne().name()).isEqualTo("Chosen key");
    }

    @AllDatabases
    void aNullInANotNullComponentIsRejectedBeforeAnySql() {
        assertThatThrownBy(() -> db.insertInto(TRACK).values(new Track(1, null, 1, null, null, 1, null,
                BigDecimal.ONE))).isInstanceOfSatisfying(NotNullViolationException.class, e -> {
                    assertThat(e.column()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("track.name");
                });
        assertThat(db.selectFrom(TRACK).fetch()).isEmpty();
    }
}
