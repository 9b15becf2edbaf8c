package dev.quarry.session;

import static dev.quarry.fixtures.RelAlbumTable.REL_ALBUM;
import static dev.quarry.fixtures.RelArtistTable.REL_ARTIST;
import static dev.quarry.fixtures.RelTagTable.REL_TAG;
import static dev.quarry.fixtures.RelTrackTable.REL_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.RelAlbum;
import dev.quarry.fixtures.RelArtist;
import dev.quarry.fixtures.RelTag;
import dev.quarry.fixtures.RelTrack;
import dev.quarry.relation.Loader;
import dev.quarry.relation.RelCatalog;
import dev.quarry.relation.StatementCounter;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;

/** What a unit of work holds, and what its flush writes, in which order, in how many statements. */
class UnitOfWorkTest {
    private final StatementCounter counter = new StatementCounter();
    private RelCatalog catalog;
    private Quarry shared;

    /** A handle reporting to {@link #counter}, on tables holding the small catalogue. */
    private Quarry counted(TestDb t) {
        shared = t.use(REL_ARTIST, REL_ALBUM, REL_TRACK, REL_TAG);
        catalog = RelCatalog.small().insert(shared);
        return t.open(QuarrySettings.builder().onStatement(counter).build());
    }

    @AllDatabases
    void aRowIsLoadedOnceAndKeptAsOneVersion(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));

        RelAlbum first = uow.find(REL_ALBUM, 11L).orElseThrow();
        int again = counter.during(() -> assertThat(uow.find(REL_ALBUM, 11L)).containsSame(first));
        List<RelAlbum> all = uow.findAll(REL_ALBUM, REL_ALBUM.artistId.eq(1L), REL_ALBUM.id.asc());

        assertThat(first).isEqualTo(catalog.album(11));
        assertThat(again).isZero();
        assertThat(all.get(0)).isSameAs(first);
        assertThat(uow.find(REL_ALBUM, 99L)).isEmpty();
        assertThat(uow.hasChanges()).isFalse();
    }

    @AllDatabases
    void anUpdatedRowReadsBackAsTheSessionsVersion(TestDb t) {
        Quarry db = counted(t);
        UnitOfWork uow = UnitOfWork.of(db);
        RelAlbum album = uow.find(REL_ALBUM, 11L).orElseThrow();
        RelAlbum renamed = new RelAlbum(11, 1, "Back in Black (Remastered)", 1980);

        uow.update(REL_ALBUM, renamed);

        assertThat(uow.find(REL_ALBUM, 11L)).containsSame(renamed);
        assertThat(uow.fetch(REL_ALBUM, db.selectFrom(REL_ALBUM).where(REL_ALBUM.id.eq(11L)))).containsExactly(renamed);
        assertThat(uow.hasChanges()).isTrue();
        assertThat(album).isEqualTo(catalog.album(11));
    }

    @AllDatabases
    void aFlushInsertsParentsBeforeChildrenOneStatementPerTable(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));
        uow.persist(REL_TRACK, new RelTrack(401, 41L, 1, "Opener", null));
        uow.persist(REL_TRACK, new RelTrack(402, 41L, 2, "Closer", null));
        uow.persist(REL_TRACK, new RelTrack(403, 41L, 3, "Encore", "Live"));
        uow.persist(REL_ALBUM, new RelAlbum(41, 4, "Debut", 2024));
        uow.persist(REL_ARTIST, new RelArtist(4, "Newcomers"));

        FlushResult result = uow.flush();

        assertThat(result.inserted()).isEqualTo(5);
        assertThat(counter.statements()).hasSize(3);
        assertThat(counter.statements().get(0)).contains("rel_artist");
        assertThat(counter.statements().get(2)).contains("rel_track");
        assertThat(shared.selectFrom(REL_TRACK).where(REL_TRACK.albumId.eq(41L)).fetch()).hasSize(3);
        assertThat(uow.hasChanges()).isFalse();
        assertThat(uow.flush().inserted()).as("a second flush has nothing to write").isZero();
    }

    @AllDatabases
    void aFlushUpdatesOnlyTheChangedColumnsOneBatchPerColumnSet(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));
        assertThat(uow.findAll(REL_ALBUM, REL_ALBUM.id.in(11L, 12L, 21L), REL_ALBUM.id.asc())).hasSize(3);
        uow.update(REL_ALBUM, new RelAlbum(11, 1, "Back in Black!", 1980));
        uow.update(REL_ALBUM, new RelAlbum(12, 1, "Highway to Hell!", 1979));
        uow.update(REL_ALBUM, new RelAlbum(21, 2, "Takk...", 2005));
        // Someone else changes a column this unit of work did not touch; the flush must leave it.
        shared.update(REL_ALBUM).set(REL_ALBUM.year, 1981).where(REL_ALBUM.id.eq(11L)).execute();
        counter.reset();

        FlushResult result = uow.flush();

        assertThat(result.updated()).isEqualTo(3);
        List<String> updates = counter.statements();
        // the two rows that changed their title run as one JDBC batch, logged once
        assertThat(updates).as("one batch per set of changed columns").hasSize(2)
                .allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("UPDATE"));
        assertThat(updates.get(0)).contains("title").doesNotContain("year");
        assertThat(updates.get(1)).contains("year").doesNotContain("title");
        assertThat(shared.selectFrom(REL_ALBUM).where(REL_ALBUM.id.in(11L, 12L, 21L)).orderBy(REL_ALBUM.id.asc())
                .fetch()).containsExactly(new RelAlbum(11, 1, "Back in Black!", 1981),
                new RelAlbum(12, 1, "Highway to Hell!", 1979), new RelAlbum(21, 2, "Takk...", 2005));
    }

    @AllDatabases
    void aFlushDeletesChildrenBeforeParentsOneStatementPerTable(TestDb t) {
        Quarry db = counted(t);
        UnitOfWork uow = UnitOfWork.of(db);
        RelArtist acdc = uow.find(REL_ARTIST, 1L).orElseThrow();
        List<RelAlbum> albums = uow.attach(REL_ALBUM, Loader.on(db).load(List.of(acdc),
                RelCatalog.ARTIST_ALBUMS.children()).get(0));
        List<RelTrack> tracks = uow.findAll(REL_TRACK, REL_TRACK.albumId.in(11L, 12L));
        uow.remove(REL_ARTIST, acdc);
        albums.forEach(a -> uow.remove(REL_ALBUM, a));
        tracks.forEach(tr -> uow.remove(REL_TRACK, tr));
        counter.reset();

        FlushResult result = uow.flush();

        assertThat(result.deleted()).isEqualTo(1 + 2 + 5);
        assertThat(counter.statements()).hasSize(3);
        assertThat(counter.statements().get(0)).contains("rel_track");
        assertThat(counter.statements().get(2)).contains("rel_artist");
        assertThat(shared.selectFrom(REL_ARTIST).fetch()).extracting(RelArtist::id).containsExactly(2L, 3L);
        assertThat(uow.find(REL_ARTIST, 1L)).isEmpty();
    }

    @AllDatabases
    void aRemovedRowIsGoneFromTheSessionBeforeTheFlush(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));
        RelTrack track = uow.find(REL_TRACK, 105L).orElseThrow();

        uow.remove(REL_TRACK, track);

        assertThat(uow.find(REL_TRACK, 105L)).isEmpty();
        assertThat(uow.findAll(REL_TRACK, REL_TRACK.albumId.eq(12L))).extracting(RelTrack::id).containsExactly(104L);
        assertThatThrownBy(() -> uow.update(REL_TRACK, track)).isInstanceOf(MisuseException.class)
                .hasMessageContaining("was removed");
        uow.persist(REL_TRACK, new RelTrack(105, 12L, 2, "Touch Too Much (Live)", null));
        uow.flush();
        assertThat(shared.selectFrom(REL_TRACK).where(REL_TRACK.id.eq(105L)).fetchOne().name())
                .as("persisting a removed key turns the removal into an update").isEqualTo("Touch Too Much (Live)");
    }

    @AllDatabases
    void aPersistedRowRemovedBeforeTheFlushIsNeverWritten(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));
        RelArtist ghost = new RelArtist(9, "Ghost");
        uow.persist(REL_ARTIST, ghost);
        uow.remove(REL_ARTIST, ghost);
        counter.reset();

        assertThat(uow.flush().inserted()).isZero();
        assertThat(counter.count()).isZero();
        assertThat(uow.hasChanges()).isFalse();
    }

    @AllDatabases
    void generatedKeysAreReadBackAndTheStoredRowsHeld(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));
        RelTag rock = new RelTag(0, "rock");
        RelTag live = new RelTag(0, "live");
        uow.persist(REL_TAG, rock);
        uow.persist(REL_TAG, live);

        FlushResult result = uow.flush();

        RelTag storedRock = result.stored(rock);
        assertThat(storedRock.id()).isPositive();
        assertThat(result.stored(live).id()).isNotEqualTo(storedRock.id());
        assertThat(storedRock.name()).isEqualTo("rock");
        int reads = counter.during(() -> assertThat(uow.find(REL_TAG, storedRock.id())).containsSame(storedRock));
        assertThat(reads).isZero();
        uow.update(REL_TAG, new RelTag(storedRock.id(), "hard rock"));
        uow.flush();
        assertThat(shared.selectFrom(REL_TAG).where(REL_TAG.id.eq(storedRock.id())).fetchOne().name())
                .isEqualTo("hard rock");
    }

    @AllDatabases
    void misusesSayWhatToDoInstead(TestDb t) {
        UnitOfWork uow = UnitOfWork.of(counted(t));

        assertThatThrownBy(() -> uow.update(REL_ARTIST, new RelArtist(1, "AC/DC!")))
                .isInstanceOf(MisuseException.class).hasMessageContaining("load it first");
        assertThatThrownBy(() -> uow.remove(REL_ARTIST, new RelArtist(1, "AC/DC")))
                .isInstanceOf(MisuseException.class).hasMessageContaining("load it first");
        uow.find(REL_ARTIST, 1L);
        assertThatThrownBy(() -> uow.persist(REL_ARTIST, new RelArtist(1, "AC/DC")))
                .isInstanceOf(MisuseException.class).hasMessageContaining("update(...)");
        assertThatThrownBy(() -> uow.find(REL_ARTIST, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Long");
        assertThatThrownBy(() -> uow.find(REL_ARTIST, 1L, 2L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 column(s) [id], 2 given");
    }
}
