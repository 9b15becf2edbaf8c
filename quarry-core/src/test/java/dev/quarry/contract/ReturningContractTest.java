package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * RETURNING on insert, update and delete: PostgreSQL and SQLite (3.35+) have all three; MariaDB has insert and
 * delete, and UPDATE ... RETURNING is an {@link UnsupportedFeatureException} that changes nothing.
 */
class ReturningContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void insertReturningGivesTheStoredRecordWithItsGeneratedKey() {
        Artist saved = db.insertInto(ARTIST).values(new Artist(0, "Kraftwerk", "Germany")).returning().fetchOne();
        assertThat(saved.id()).isNotZero();
        assertThat(saved).isEqualTo(new Artist(saved.id(), "Kraftwerk", "Germany"));
        assertThat(db.selectFrom(ARTIST).where(ARTIST.id.eq(saved.id())).fetchOne()).isEqualTo(saved);
    }

    @AllDatabases
    void multiRowInsertReturningGivesEveryRow() {
        List<Artist> saved = db.insertInto(ARTIST)
                .values(List.of(new Artist(0, "Can", "Germany"), new Artist(0, "Neu!", null))).returning().fetch();
        assertThat(saved).extracting(Artist::name).containsExactlyInAnyOrder("Can", "Neu!");
        assertThat(db.selectFrom(ARTIST).where(ARTIST.name.in("Can", "Neu!")).fetch())
                .containsExactlyInAnyOrderElementsOf(saved);
    }

    @AllDatabases
    void updateReturningGivesTheChangedRowsWhereTheDatabaseHasIt(TestTarget target) {
        var update = db.update(TRACK).set(TRACK.rating, 1).where(TRACK.albumId.eq(11L));
        if (target == TestTarget.MARIADB) {
            assertThatThrownBy(() -> update.returning().fetch())
                    .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("RETURNING");
            assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());
            return;
        }
        List<Track> changed = update.returning().fetch();
        List<Track> expected = data.tracksOf(11).stream().map(t -> new Track(t.id(), t.albumId(), t.position(),
                t.name(), t.genre(), t.milliseconds(), 1, t.unitPrice())).toList();
        assertThat(changed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(db.selectFrom(TRACK).where(TRACK.albumId.eq(11L)).fetch())
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void updateReturningOneColumn(TestTarget target) {
        var update = db.update(TRACK).set(TRACK.milliseconds, TRACK.milliseconds.plus(1)).where(TRACK.id.eq(101L));
        if (target == TestTarget.MARIADB) {
            assertThatThrownBy(() -> update.returning(TRACK.milliseconds).fetchOne())
                    .isInstanceOf(UnsupportedFeatureException.class);
            assertThat(db.select(TRACK.milliseconds).from(TRACK).where(TRACK.id.eq(101L)).fetchOne())
                    .isEqualTo(data.tracks().get(0).milliseconds());
            return;
        }
        assertThat(update.returning(TRACK.milliseconds).fetchOne()).isEqualTo(data.tracks().get(0).milliseconds() + 1);
    }

    @AllDatabases
    void deleteReturningGivesTheDeletedRows() {
        List<Track> deleted = db.deleteFrom(TRACK).where(TRACK.genre.eq("Ambient")).returning().fetch();
        assertThat(deleted).containsExactlyInAnyOrderElementsOf(data.tracks(t -> "Ambient".equals(t.genre())));
        assertThat(db.selectFrom(TRACK).fetch())
                .containsExactlyInAnyOrderElementsOf(data.tracks(t -> !"Ambient".equals(t.genre())));
    }

    @AllDatabases
    void deleteReturningOfNoRowIsEmpty() {
        assertThat(db.deleteFrom(TRACK).where(TRACK.id.eq(-1L)).returning(TRACK.id).fetchOptional()).isEmpty();
    }
}
