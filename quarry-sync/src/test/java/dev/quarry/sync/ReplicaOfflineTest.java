package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Account;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.PrivateServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica works offline: with its primary stopped (a private PostgreSQL server this test starts and stops, never
 * the shared one), local reads go on and a sync fails with a typed error, changing nothing; once the server is back,
 * the next sync brings what was committed before it went down.
 */
class ReplicaOfflineTest {
    @TempDir
    Path dir;

    @Test
    void readsGoOnWithoutThePrimaryAndASyncCatchesUpWhenItIsBack() {
        try (PrivateServer server = PrivateServer.postgres();
             Quarry primary = Quarry.open(server.url(), QuarrySettings.builder().maxPoolSize(2)
                     .acquireTimeout(Duration.ofSeconds(2)).build())) {
            primary.schema().create(ARTIST);
            SyncPrimary.install(primary, List.of(ARTIST));
            primary.insertInto(ARTIST).values(new Artist(0, "before", null)).execute();
            try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
                primary.insertInto(ARTIST).values(new Artist(0, "not yet synced", null)).execute();
                server.stop();

                assertThat(replica.local().select(ARTIST.name).from(ARTIST).fetch()).containsExactly("before");
                assertThatThrownBy(replica::sync).isInstanceOf(QuarryException.class);
                assertThat(replica.local().select(ARTIST.name).from(ARTIST).fetch()).containsExactly("before");

                server.start();
                SyncResult r = syncOnceBack(replica);
                assertThat(r.upserted()).isOne();
                assertThat(replica.local().select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch())
                        .containsExactly("before", "not yet synced");
            }
        }
    }

    @Test
    void writesMadeWhileThePrimaryIsDownArePushedWhenItIsBack() {
        try (PrivateServer server = PrivateServer.postgres();
             Quarry primary = Quarry.open(server.url(), QuarrySettings.builder().maxPoolSize(2)
                     .acquireTimeout(Duration.ofSeconds(2)).build())) {
            primary.schema().create(ACCOUNT);
            SyncPrimary.install(primary, List.of(ACCOUNT));
            primary.insertInto(ACCOUNT).values(new Account(1, "ann", 100)).execute();
            try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ACCOUNT),
                    ReplicaOptions.DEFAULTS.offlineWrites())) {
                server.stop();
                replica.write(tx -> tx.insertInto(ACCOUNT).values(new Account(2, "bob", 5)).execute());
                replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 90L).where(ACCOUNT.id.eq(1L)).execute());
                assertThatThrownBy(replica::sync).isInstanceOf(QuarryException.class);
                assertThat(replica.pendingWrites()).as("still queued").isEqualTo(2);
                assertThat(replica.local().selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                        .containsExactly(new Account(1, "ann", 90), new Account(2, "bob", 5));

                server.start();
                SyncResult r = syncOnceBack(replica);
                assertThat(r.pushed()).isEqualTo(2);
                assertThat(replica.pendingWrites()).isZero();
                assertThat(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                        .containsExactly(new Account(1, "ann", 90), new Account(2, "bob", 5));
            }
        }
    }

    @Test
    void aPrimaryRestartedInTheMiddleOfASyncLosesNothingAndAppliesNothingTwice() {
        try (PrivateServer server = PrivateServer.postgres();
             Quarry primary = Quarry.open(server.url(), QuarrySettings.builder().maxPoolSize(2)
                     .acquireTimeout(Duration.ofSeconds(2)).build())) {
            primary.schema().create(ACCOUNT);
            SyncPrimary.install(primary, List.of(ACCOUNT));
            primary.insertInto(ACCOUNT).values(new Account(1, "ann", 100)).execute();
            try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ACCOUNT),
                    ReplicaOptions.DEFAULTS.offlineWrites())) {
                replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 90L).where(ACCOUNT.id.eq(1L)).execute());
                primary.insertInto(ACCOUNT).values(new Account(2, "bob", 5)).execute();
                // the restart falls between the push (committed on the primary) and the pull
                CrashPoints.hook = point -> {
                    if (point.equals(CrashPoints.AFTER_PUSH_COMMIT_BEFORE_ACK)) {
                        CrashPoints.hook = null;
                        server.stop();
                        server.start();
                    }
                };
                try {
                    replica.sync();
                } catch (QuarryException e) {
                    assertThat(e.isRetryable()).as("a connection that died with the server: %s", e).isTrue();
                } finally {
                    CrashPoints.hook = null;
                }
                syncOnceBack(replica);
                assertThat(replica.pendingWrites()).isZero();
                assertThat(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                        .containsExactly(new Account(1, "ann", 90), new Account(2, "bob", 5));
                assertThat(replica.local().selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                        .isEqualTo(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch());
                assertThat(primary.sql("SELECT last_mutation_id FROM quarry_sync_clients").fetch(r -> r.getLong(0)))
                        .as("one client, its one push").hasSize(1);
            }
        }
    }

    /** The pool may hand out a connection that died with the server once: the sync after it works. */
    private static SyncResult syncOnceBack(Replica replica) {
        QuarryException last = null;
        for (int i = 0; i < 5; i++) {
            try {
                return replica.sync();
            } catch (QuarryException e) {
                last = e;
            }
        }
        throw last;
    }
}
