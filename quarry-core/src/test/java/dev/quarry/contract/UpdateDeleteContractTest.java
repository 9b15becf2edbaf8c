package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.PlaylistTrack;
import dev.quarry.fixtures.Track;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;

/** UPDATE with values, expressions and whole records; DELETE; foreign key actions on delete. */
class UpdateDeleteContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(ARTIST, ALBUM, TRACK, PLAYLIST_TRACK);
        data = MusicData.insert(db);
    }

    private static Track withRating(Track t, Integer rating) {
        return new Track(t.id(), t.albumId(), t.position(), t.name(), t.genre(), t.milliseconds(), rating,
                t.unitPrice());
    }

    @AllDatabases
    void updateChangesOnlyTheMatchingRowsAndCountsThem() {
        long n = db.update(TRACK).set(TRACK.rating, 1).where(TRACK.genre.eq("Rock")).execute();
        List<Track> expected = data.tracks().stream()
                .map(t -> "Rock".equals(t.genre()) ? withRating(t, 1) : t).toList();
        assertThat(n).isEqualTo(data.tracks(t -> "Rock".equals(t.genre())).size());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void updateCountsMatchedRowsEvenWhenTheValueIsUnchanged() {
        long n = db.update(TRACK).set(TRACK.unitPrice, new BigDecimal("0.99"))
                .where(TRACK.albumId.eq(11L)).execute();
        assertThat(n).isEqualTo(data.tracksOf(11).size());
        assertThat(data.tracksOf(11)).allSatisfy(t -> assertThat(t.unitPrice()).isEqualTo(new BigDecimal("0.99")));
    }

    @AllDatabases
    void updateWithAnExpressionComputesFromEachRowsOwnValue() {
        db.update(TRACK).set(TRACK.milliseconds, TRACK.milliseconds.plus(1_000))
                .set(TRACK.position, TRACK.position.times(10)).execute();
        List<Track> expected = data.tracks().stream().map(t -> new Track(t.id(), t.albumId(), t.position() * 10,
                t.name(), t.genre(), t.milliseconds() + 1_000, t.rating(), t.unitPrice())).toList();
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void updateCanSetNull() {
        db.update(TRACK).set(TRACK.rating, (Integer) null).where(TRACK.id.eq(101L)).execute();
        assertThat(db.select(TRACK.rating).from(TRACK).where(TRACK.id.eq(101L)).fetchOptional()).isEmpty();
        assertThat(db.select(TRACK.id).from(TRACK).where(TRACK.rating.isNull()).fetch())
                .contains(101L).hasSize(data.tracks(t -> t.rating() == null).size() + 1);
    }

    @AllDatabases
    void setRecordUpdatesEveryNonKeyColumnOfThatRowOnly() {
        Track old = data.tracks().get(3);
        Track changed = new Track(old.id(), 13L, 9, "Renamed", null, 1, 2, new BigDecimal("2.50"));
        assertThat(db.update(TRACK).setRecord(changed).execute()).isEqualTo(1);
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> t.id() == old.id() ? changed : t).toList());
    }

    @AllDatabases
    void setRecordMatchesAllColumnsOfACompositeKey() {
        db.insertInto(PLAYLIST_TRACK).values(List.of(new PlaylistTrack(1, 101, 1), new PlaylistTrack(1, 102, 2),
                new PlaylistTrack(2, 101, 1))).execute();
        assertThat(db.update(PLAYLIST_TRACK).setRecord(new PlaylistTrack(1, 101, 9)).execute()).isEqualTo(1);
        assertThat(db.selectFrom(PLAYLIST_TRACK).fetch()).containsExactlyInAnyOrder(
                new PlaylistTrack(1, 101, 9), new PlaylistTrack(1, 102, 2), new PlaylistTrack(2, 101, 1));
    }

    @AllDatabases
    void updateWithoutWhereChangesEveryRow() {
        long n = db.update(ARTIST).set(ARTIST.country, "Earth").execute();
        assertThat(n).isEqualTo(data.artists().size());
        assertThat(db.select(ARTIST.country).from(ARTIST).distinct().fetch()).containsExactly("Earth");
    }

    @AllDatabases
    void deleteRemovesOnlyTheMatchingRowsAndCountsThem() {
        long n = db.deleteFrom(TRACK).where(TRACK.milliseconds.gt(300_000)).execute();
        assertThat(n).isEqualTo(data.tracks(t -> t.milliseconds() > 300_000).size());
        assertThat(db.selectFrom(TRACK).fetch())
                .containsExactlyInAnyOrderElementsOf(data.tracks(t -> t.milliseconds() <= 300_000));
    }

    @AllDatabases
    void deleteOfNoMatchingRowCountsZero() {
        assertThat(db.deleteFrom(TRACK).where(TRACK.id.eq(-5L)).execute()).isZero();
        assertThat(db.selectFrom(TRACK).fetch()).hasSize(data.tracks().size());
    }

    @AllDatabases
    void deletingAParentCascadesAndSetsNullAsTheForeignKeysSay() {
        Artist acdc = data.artist("AC/DC");
        db.deleteFrom(ARTIST).where(ARTIST.id.eq(acdc.id())).execute();
        List<Long> goneAlbums = data.albumsOf(acdc.id()).stream().map(Album::id).toList();
        assertThat(db.selectFrom(ALBUM).fetch()).containsExactlyInAnyOrderElementsOf(
                data.albums().stream().filter(a -> !goneAlbums.contains(a.id())).toList());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> t.albumId() != null && goneAlbums.contains(t.albumId()) ? new Track(t.id(), null,
                        t.position(), t.name(), t.genre(), t.milliseconds(), t.rating(), t.unitPrice()) : t)
                .toList());
        assertThat(data.tracks(t -> t.albumId() != null && goneAlbums.contains(t.albumId()))).isNotEmpty();
    }

    @AllDatabases
    void deleteWithASubqueryConditionRemovesTheSelectedRows() {
        db.deleteFrom(TRACK).where(TRACK.albumId.in(dev.quarry.query.Dsl.select(ALBUM.id).from(ALBUM)
                .where(ALBUM.title.startsWith("Back")))).execute();
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks(t ->
                !Objects.equals(t.albumId(), 11L)));
    }
}
