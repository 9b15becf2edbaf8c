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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes through a replica reach the primary and are readable locally when the call returns (read-your-writes); a
 * replica with background sync follows the primary without being asked.
 */
class ReplicaWritesTest {
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
    void aWriteIsReadableLocallyWhenTheCallReturns(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            long inserted = replica.write(tx -> tx.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU"))
                    .execute());
            assertThat(inserted).isOne();
            assertThat(names(replica.local())).as("read locally at once").containsExactly("Nick Cave");
            assertThat(names(primary)).containsExactly("Nick Cave");
            replica.write(tx -> tx.update(ARTIST).set(ARTIST.country, "UK").execute());
            assertThat(replica.local().select(ARTIST.country).from(ARTIST).fetch()).containsExactly("UK");
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aWriteThatThrowsLeavesThePrimaryAndTheReplicaAsTheyWere(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            assertThatThrownBy(() -> replica.write(tx -> {
                tx.insertInto(ARTIST).values(new Artist(0, "never", null)).execute();
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");
            assertThat(names(primary)).isEmpty();
            assertThat(replica.sync().nothingChanged()).isTrue();
            assertThat(names(replica.local())).isEmpty();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aReplicaWithBackgroundSyncFollowsThePrimaryUnasked(TestDb t) throws Exception {
        Quarry primary = primary(t);
        ReplicaOptions every = ReplicaOptions.DEFAULTS.syncEvery(Duration.ofMillis(50));
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST), every)) {
            BlockingQueue<List<Artist>> seen = new LinkedBlockingQueue<>();
            try (var live = replica.local().watch(replica.local().selectFrom(ARTIST)).listen(seen::add, e -> { })) {
                assertThat(seen.poll(20, TimeUnit.SECONDS)).isEmpty();
                primary.insertInto(ARTIST).values(new Artist(0, "Björk", "IS")).execute();
                assertThat(seen.poll(20, TimeUnit.SECONDS)).as("synced in the background, seen by the watch")
                        .extracting(Artist::name).containsExactly("Björk");
            }
            assertThat(replica.local().platform().resources().backgroundTasks()).isOne();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void badOptionsAreRefused(TestDb t) {
        assertThatThrownBy(() -> ReplicaOptions.DEFAULTS.syncEvery(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("syncEvery");
    }
}
