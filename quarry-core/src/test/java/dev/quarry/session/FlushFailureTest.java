package dev.quarry.session;

import static dev.quarry.fixtures.RelAlbumTable.REL_ALBUM;
import static dev.quarry.fixtures.RelArtistTable.REL_ARTIST;
import static dev.quarry.fixtures.RelTrackTable.REL_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NoRowException;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.fixtures.RelAlbum;
import dev.quarry.fixtures.RelArtist;
import dev.quarry.fixtures.RelTrack;
import dev.quarry.relation.RelCatalog;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a failing flush leaves: nothing of the flush in the database and every pending change in the unit of work
 * (implicit transaction); the statements before the failure (no implicit transaction, no caller rollback); nothing
 * again when the caller's transaction rolls back, after which the unit of work refuses to go on.
 */
class FlushFailureTest {

    private Quarry filled(TestDb t) {
        Quarry db = t.use(REL_ARTIST, REL_ALBUM, REL_TRACK);
        RelCatalog.small().insert(db);
        return db;
    }

    /** A new artist, album and tracks, then an update that breaks the artists' unique name (run after inserts). */
    private static void stageAFlushFailingInItsUpdates(UnitOfWork uow) {
        uow.persist(REL_ARTIST, new RelArtist(4, "Newcomers"));
        uow.persist(REL_ALBUM, new RelAlbum(41, 4, "Debut", 2024));
        uow.persist(REL_TRACK, new RelTrack(401, 41L, 1, "Opener", null));
        uow.find(REL_TRACK, 105L).ifPresent(tr -> uow.remove(REL_TRACK, tr));
        uow.find(REL_ARTIST, 2L).orElseThrow();
        uow.update(REL_ARTIST, new RelArtist(2, "AC/DC"));
    }

    private static long rowsOfTheFlush(Quarry db) {
        return db.selectFrom(REL_ARTIST).where(REL_ARTIST.id.eq(4L)).fetch().size()
                + db.selectFrom(REL_ALBUM).where(REL_ALBUM.id.eq(41L)).fetch().size()
                + db.selectFrom(REL_TRACK).where(REL_TRACK.id.eq(401L)).fetch().size();
    }

    @AllDatabases
    void aFailedFlushLeavesTheDatabaseUntouchedAndTheChangesPending(TestDb t) {
        Quarry db = filled(t);
        UnitOfWork uow = UnitOfWork.of(db);
        stageAFlushFailingInItsUpdates(uow);

        assertThatThrownBy(uow::flush).isInstanceOf(UniqueViolationException.class);

        assertThat(rowsOfTheFlush(db)).as("inserts before the failing update rolled back").isZero();
        assertThat(db.selectFrom(REL_TRACK).where(REL_TRACK.id.eq(105L)).fetch()).hasSize(1);
        assertThat(uow.hasChanges()).isTrue();
        uow.update(REL_ARTIST, new RelArtist(2, "Sigur Rós (Iceland)"));
        FlushResult retry = uow.flush();
        assertThat(retry.inserted()).isEqualTo(3);
        assertThat(retry.updated()).isEqualTo(1);
        assertThat(retry.deleted()).isEqualTo(1);
        assertThat(rowsOfTheFlush(db)).isEqualTo(3);
        assertThat(db.selectFrom(REL_TRACK).where(REL_TRACK.id.eq(105L)).fetch()).isEmpty();
    }

    @AllDatabases
    void aUniqueViolationInTheMiddleOfABatchLeavesNoRowOfTheFlush(TestDb t) {
        Quarry db = filled(t);
        UnitOfWork uow = UnitOfWork.of(db);
        uow.persist(REL_ARTIST, new RelArtist(4, "Newcomers"));
        uow.persist(REL_ALBUM, new RelAlbum(41, 4, "Debut", 2024));
        uow.persist(REL_TRACK, new RelTrack(401, 41L, 1, "Opener", null));
        uow.persist(REL_TRACK, new RelTrack(402, 41L, 1, "Same position", null));
        uow.persist(REL_TRACK, new RelTrack(403, 41L, 3, "Closer", null));

        assertThatThrownBy(uow::flush).isInstanceOf(UniqueViolationException.class);

        assertThat(rowsOfTheFlush(db)).isZero();
        assertThat(db.selectFrom(REL_TRACK).where(REL_TRACK.id.in(402L, 403L)).fetch()).isEmpty();
        uow.remove(REL_TRACK, new RelTrack(402, 41L, 1, "Same position", null));
        assertThat(uow.flush().inserted()).isEqualTo(4);
    }

    @AllDatabases
    void anUpdateOfARowDeletedMeanwhileFailsTheWholeFlush(TestDb t) {
        Quarry db = filled(t);
        UnitOfWork uow = UnitOfWork.of(db);
        uow.find(REL_ALBUM, 22L).orElseThrow();
        uow.update(REL_ALBUM, new RelAlbum(22, 2, "Ágætis byrjun (Deluxe)", 1999));
        uow.persist(REL_ARTIST, new RelArtist(4, "Newcomers"));
        db.deleteFrom(REL_ALBUM).where(REL_ALBUM.id.eq(22L)).execute();

        assertThatThrownBy(uow::flush).isInstanceOf(NoRowException.class)
                .hasMessageContaining("no row of 'rel_album' with key [22] to update");

        assertThat(db.selectFrom(REL_ARTIST).where(REL_ARTIST.id.eq(4L)).fetch()).isEmpty();
    }

    @AllDatabases
    void withoutAnImplicitTransactionTheStatementsBeforeTheFailureStay(TestDb t) {
        Quarry db = filled(t);
        UnitOfWork uow = UnitOfWork.withoutImplicitTransaction(db);
        stageAFlushFailingInItsUpdates(uow);

        assertThatThrownBy(uow::flush).isInstanceOf(UniqueViolationException.class);

        assertThat(rowsOfTheFlush(db)).as("each insert committed on its own").isEqualTo(3);
        assertThat(uow.hasChanges()).as("the unit of work still lists them: it cannot know what committed").isTrue();
    }

    @AllDatabases
    void withoutAnImplicitTransactionTheCallersRollbackUndoesAPartialFlush(TestDb t) {
        Quarry db = filled(t);

        assertThatThrownBy(() -> db.transactionRun(tx -> {
            UnitOfWork uow = UnitOfWork.withoutImplicitTransaction(tx);
            stageAFlushFailingInItsUpdates(uow);
            uow.flush();
        })).isInstanceOf(UniqueViolationException.class);

        assertThat(rowsOfTheFlush(db)).isZero();
        assertThat(db.selectFrom(REL_TRACK).where(REL_TRACK.id.eq(105L)).fetch()).hasSize(1);
    }

    @AllDatabases
    void aUnitOfWorkWhoseFlushWasRolledBackByItsCallerRefusesToGoOn(TestDb t) {
        Quarry db = filled(t);
        AtomicReference<UnitOfWork> kept = new AtomicReference<>();

        db.transactionRun(tx -> {
            UnitOfWork uow = UnitOfWork.withoutImplicitTransaction(tx);
            kept.set(uow);
            uow.persist(REL_ARTIST, new RelArtist(4, "Newcomers"));
            uow.flush();
            assertThat(tx.selectFrom(REL_ARTIST).where(REL_ARTIST.id.eq(4L)).fetch()).hasSize(1);
            tx.setRollbackOnly();
        });

        assertThat(db.selectFrom(REL_ARTIST).where(REL_ARTIST.id.eq(4L)).fetch()).isEmpty();
        assertThatThrownBy(() -> kept.get().find(REL_ARTIST, 4L)).isInstanceOf(MisuseException.class)
                .hasMessageContaining("rolled back");
        kept.get().clear();
        assertThat(kept.get().hasChanges()).isFalse();
    }

    @AllDatabases
    void aFlushInsideTheCallersTransactionCommitsWithIt(TestDb t) {
        Quarry db = filled(t);

        db.transactionRun(tx -> {
            UnitOfWork uow = UnitOfWork.of(tx);
            uow.persist(REL_ARTIST, new RelArtist(4, "Newcomers"));
            uow.persist(REL_ALBUM, new RelAlbum(41, 4, "Debut", 2024));
            uow.flush();
            uow.persist(REL_TRACK, new RelTrack(401, 41L, 1, "Opener", null));
            uow.persist(REL_TRACK, new RelTrack(402, 41L, 1, "Same position", null));
            assertThatThrownBy(uow::flush).as("the failed flush's savepoint rolls back, the transaction goes on")
                    .isInstanceOf(UniqueViolationException.class);
            uow.remove(REL_TRACK, new RelTrack(402, 41L, 1, "Same position", null));
            uow.flush();
        });

        assertThat(rowsOfTheFlush(db)).isEqualTo(3);
    }
}
