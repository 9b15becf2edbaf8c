package dev.quarry.sync;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change log can be compacted; a replica that had not seen what was deleted copies its tables again, one that
 * had goes on incrementally; a primary given a new generation (after a restore) makes every replica copy again.
 */
class ReplicaCompactionTest {
    @TempDir
    Path dir;

    private Quarry primary(TestDb t) {
        Quarry db = t.use(ARTIST);
        SyncPrimary.install(db, List.of(ARTIST));
        return db;
    }

    private static List<String> names(Quarry db) {
        return db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
    }

    @OnDatabases(TestTarget.POSTGRES)
    void compactionPastAReplicasCursorMakesItCopyAgainAndLosesNothing(TestDb t) {
        Quarry primary = primary(t);
        primary.insertInto(ARTIST).values(new Artist(0, "seen", null)).execute();
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            primary.insertInto(ARTIST).values(new Artist(0, "unseen", null)).execute();
            primary.deleteFrom(ARTIST).where(ARTIST.name.eq("seen")).execute();
            assertThat(SyncPrimary.compact(primary, List.of(ARTIST), Duration.ZERO)).isPositive();
            SyncResult r = replica.sync();
            assertThat(r.rebootstrapped()).isTrue();
            assertThat(names(replica.local())).isEqualTo(names(primary)).containsExactly("unseen");
            primary.insertInto(ARTIST).values(new Artist(0, "after", null)).execute();
            assertThat(replica.sync()).isEqualTo(new SyncResult(1, 0));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void compactingWhatAReplicaHasSeenChangesNothingForIt(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            primary.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
            replica.sync();
            SyncPrimary.compact(primary, List.of(ARTIST), Duration.ZERO);
            primary.insertInto(ARTIST).values(new Artist(0, "b", null)).execute();
            SyncResult r = replica.sync();
            assertThat(r).isEqualTo(new SyncResult(1, 0));
            assertThat(names(replica.local())).containsExactly("a", "b");
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aRecentEntryIsKeptByARetentionThatHasNotPassed(TestDb t) {
        Quarry primary = primary(t);
        primary.insertInto(ARTIST).values(new Artist(0, "fresh", null)).execute();
        assertThat(SyncPrimary.compact(primary, List.of(ARTIST), Duration.ofHours(1))).isZero();
        assertThatThrownBy(() -> SyncPrimary.compact(primary, List.of(ARTIST), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aNewGenerationMakesEveryReplicaCopyAgain(TestDb t) {
        Quarry primary = primary(t);
        primary.insertInto(ARTIST).values(new Artist(0, "x", null)).execute();
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            SyncPrimary.rotateGeneration(primary);
            SyncResult r = replica.sync();
            assertThat(r.rebootstrapped()).isTrue();
            assertThat(r.upserted()).isOne();
            assertThat(replica.sync().rebootstrapped()).isFalse();
        }
    }
}
