package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.excluded;
import static dev.quarry.query.Dsl.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.PlaylistTrack;
import dev.quarry.fixtures.Track;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** INSERT ... ON CONFLICT DO NOTHING / DO UPDATE, with excluded values and expressions. */
class UpsertContractTest {
    private Quarry db;
    private final Track existing = new Track(1, null, 1, "Old", "Rock", 1_000, 3, new BigDecimal("0.99"));
    private final Track other = new Track(2, null, 2, "Other", null, 2_000, null, new BigDecimal("1.29"));

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(ARTIST, dev.quarry.fixtures.AlbumTable.ALBUM, TRACK, PLAYLIST_TRACK);
        db.insertInto(TRACK).values(List.of(existing, other)).execute();
    }

    private static Track renamed(Track t, String name, int ms) {
        return new Track(t.id(), t.albumId(), t.position(), name, "Pop", ms, 5, new BigDecimal("9.99"));
    }

    @AllDatabases
    void doNothingKeepsTheExistingRowAndInsertsTheNewOnes() {
        Track clash = renamed(existing, "New", 5);
        Track fresh = new Track(3, null, 3, "Fresh", null, 3_000, null, BigDecimal.ONE.setScale(2));
        db.insertInto(TRACK).values(List.of(clash, fresh)).onConflictDoNothing().execute();
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrder(existing, other, fresh);
    }

    @AllDatabases
    void doNothingOnANamedKeyKeepsTheExistingRow() {
        db.insertInto(TRACK).values(renamed(existing, "New", 5)).onConflict(TRACK.id).doNothing().execute();
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrder(existing, other);
    }

    @AllDatabases
    void doUpdateSetExcludedOverwritesOnlyTheNamedColumns() {
        Track clash = renamed(existing, "New", 5);
        db.insertInto(TRACK).values(clash).onConflict(TRACK.id)
                .doUpdateSetExcluded(TRACK.name, TRACK.milliseconds).execute();
        Track expected = new Track(existing.id(), existing.albumId(), existing.position(), clash.name(),
                existing.genre(), clash.milliseconds(), existing.rating(), existing.unitPrice());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrder(expected, other);
    }

    @AllDatabases
    void doUpdateWithAnExpressionReadsTheExistingRow() {
        Track clash = renamed(existing, "ignored", 5);
        db.insertInto(TRACK).values(clash).onConflict(TRACK.id)
                .doUpdate(set(TRACK.milliseconds, TRACK.milliseconds.plus(excluded(TRACK.milliseconds))),
                        set(TRACK.rating, 4))
                .execute();
        Track expected = new Track(existing.id(), existing.albumId(), existing.position(), existing.name(),
                existing.genre(), existing.milliseconds() + clash.milliseconds(), 4, existing.unitPrice());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrder(expected, other);
    }

    @AllDatabases
    void doUpdateInsertsWhenThereIsNoConflict() {
        Track fresh = new Track(9, null, 9, "Fresh", null, 9_000, null, new BigDecimal("0.50"));
        db.insertInto(TRACK).values(fresh).onConflict(TRACK.id).doUpdateSetExcluded(TRACK.name).execute();
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrder(existing, other, fresh);
    }

    @AllDatabases
    void multiRowUpsertUpdatesTheClashesAndInsertsTheRest() {
        Track clash1 = renamed(existing, "A", 10);
        Track clash2 = renamed(other, "B", 20);
        Track fresh = new Track(5, null, 5, "C", null, 30, null, new BigDecimal("0.10"));
        db.insertInto(TRACK).values(List.of(clash1, fresh, clash2)).onConflict(TRACK.id)
                .doUpdateSetExcluded(TRACK.name).execute();
        assertThat(db.select(TRACK.id, TRACK.name).from(TRACK).fetch()).extracting(r -> r.v1() + "=" + r.v2())
                .containsExactlyInAnyOrder("1=A", "2=B", "5=C");
    }

    @AllDatabases
    void upsertOnAUniqueNonKeyColumnUpdatesTheRowHoldingThatValue() {
        db.insertInto(ARTIST).values(new Artist(0, "Muse", "UK")).execute();
        Artist stored = db.selectFrom(ARTIST).fetchOne();
        db.insertInto(ARTIST).values(new Artist(0, "Muse", "England")).onConflict(ARTIST.name)
                .doUpdateSetExcluded(ARTIST.country).execute();
        assertThat(db.selectFrom(ARTIST).fetch()).containsExactly(new Artist(stored.id(), "Muse", "England"));
    }

    @AllDatabases
    void upsertOnACompositeKey() {
        db.insertInto(PLAYLIST_TRACK).values(new PlaylistTrack(1, 1, 1)).execute();
        db.insertInto(PLAYLIST_TRACK).values(List.of(new PlaylistTrack(1, 1, 7), new PlaylistTrack(1, 2, 8)))
                .onConflict(PLAYLIST_TRACK.playlistId, PLAYLIST_TRACK.trackId)
                .doUpdateSetExcluded(PLAYLIST_TRACK.position).execute();
        assertThat(db.selectFrom(PLAYLIST_TRACK).fetch())
                .containsExactlyInAnyOrder(new PlaylistTrack(1, 1, 7), new PlaylistTrack(1, 2, 8));
    }
}
