package dev.quarry.sync;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partial replication: a row filter keeps only the rows it admits, as the primary has them; a row that leaves the
 * filter is deleted locally at the next sync and one that enters it appears; other tables are copied whole.
 */
class ReplicaFilterTest {
    @TempDir
    Path dir;
    private long cave;
    private long harvey;

    private Quarry primary(TestDb t) {
        Quarry db = t.use(ARTIST, ALBUM);
        SyncPrimary.install(db, List.of(ARTIST, ALBUM));
        db.insertInto(ARTIST).values(List.of(new Artist(0, "Nick Cave", "AU"), new Artist(0, "PJ Harvey", "UK")))
                .execute();
        cave = db.select(ARTIST.id).from(ARTIST).where(ARTIST.name.eq("Nick Cave")).fetchOne();
        harvey = db.select(ARTIST.id).from(ARTIST).where(ARTIST.name.eq("PJ Harvey")).fetchOne();
        db.insertInto(ALBUM).values(List.of(album(10, cave, "Murder Ballads"), album(11, cave, "The Boatman's Call"),
                album(20, harvey, "Rid of Me"))).execute();
        return db;
    }

    private static Album album(long id, long artist, String title) {
        return new Album(id, artist, title, null, new BigDecimal("9.99"));
    }

    private static List<String> titles(Quarry db) {
        return db.select(ALBUM.title).from(ALBUM).orderBy(ALBUM.id.asc()).fetch();
    }

    @OnDatabases(TestTarget.POSTGRES)
    void rowsMoveOutOfAndIntoTheFilter(TestDb t) {
        Quarry primary = primary(t);
        ReplicaOptions caves = ReplicaOptions.DEFAULTS.where(ALBUM, ALBUM.artistId.eq(cave));
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ARTIST, ALBUM), caves)) {
            Quarry local = replica.local();
            assertThat(titles(local)).containsExactly("Murder Ballads", "The Boatman's Call");
            assertThat(local.selectFrom(ARTIST).fetch()).hasSize(2); // no filter: the whole table

            primary.update(ALBUM).set(ALBUM.artistId, cave).where(ALBUM.id.eq(20L)).execute(); // enters
            primary.update(ALBUM).set(ALBUM.artistId, harvey).where(ALBUM.id.eq(10L)).execute(); // leaves
            primary.update(ALBUM).set(ALBUM.title, "Boatman").where(ALBUM.id.eq(11L)).execute(); // stays, changed
            primary.insertInto(ALBUM).values(album(21, harvey, "To Bring You My Love")).execute(); // never admitted
            SyncResult r = replica.sync();
            assertThat(titles(local)).containsExactly("Boatman", "Rid of Me");
            assertThat(r.deleted()).as("the album that left the filter").isOne();
            assertThat(r.upserted()).isEqualTo(2);
            assertThat(local.selectFrom(ALBUM).orderBy(ALBUM.id.asc()).fetch())
                    .isEqualTo(primary.selectFrom(ALBUM).where(ALBUM.artistId.eq(cave)).orderBy(ALBUM.id.asc()).fetch());

            primary.deleteFrom(ALBUM).where(ALBUM.id.eq(20L)).execute();
            assertThat(replica.sync()).isEqualTo(new SyncResult(0, 1));
            assertThat(titles(local)).containsExactly("Boatman");
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aFileOpenedWithAnotherFilterIsCopiedAgain(TestDb t) {
        Quarry primary = primary(t);
        Path file = dir.resolve("r.db");
        try (Replica replica = Replica.open(file, primary, List.of(ALBUM),
                ReplicaOptions.DEFAULTS.where(ALBUM, ALBUM.artistId.eq(cave)))) {
            assertThat(titles(replica.local())).hasSize(2);
            // a local row no primary has: only a new copy would remove it
            replica.local().insertInto(ALBUM).values(album(99, cave, "local only")).execute();
        }
        try (Replica replica = Replica.open(file, primary, List.of(ALBUM),
                ReplicaOptions.DEFAULTS.where(ALBUM, ALBUM.artistId.eq(cave)))) {
            assertThat(replica.sync().nothingChanged()).isTrue();
            assertThat(titles(replica.local())).as("same filter: not copied again").contains("local only");
        }
        try (Replica replica = Replica.open(file, primary, List.of(ALBUM),
                ReplicaOptions.DEFAULTS.where(ALBUM, ALBUM.artistId.eq(harvey)))) {
            assertThat(titles(replica.local())).containsExactly("Rid of Me");
        }
        try (Replica replica = Replica.open(file, primary, List.of(ALBUM))) {
            assertThat(titles(replica.local())).hasSize(3);
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aFilterOnATableNotReplicatedIsRefused(TestDb t) {
        Quarry primary = primary(t);
        assertThatThrownBy(() -> Replica.open(dir.resolve("r.db"), primary, List.of(ARTIST),
                ReplicaOptions.DEFAULTS.where(ALBUM, ALBUM.artistId.eq(cave))))
                .isInstanceOf(MisuseException.class).hasMessageContaining("album");
        assertThat(dir.resolve("r.db")).doesNotExist();
    }
}
