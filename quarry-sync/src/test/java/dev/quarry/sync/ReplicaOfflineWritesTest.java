package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Account;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline writes: local writes are queued in their own transaction, pushed in order by the next sync, each applied
 * once on the primary (a repeated push changes nothing); a write the primary refuses is moved aside, reported and
 * undone locally without blocking the writes after it; per column the last write to arrive wins, deletes win, and a
 * resolver can decide otherwise.
 */
class ReplicaOfflineWritesTest {
    private static final ReplicaOptions OFFLINE = ReplicaOptions.DEFAULTS.offlineWrites();

    @TempDir
    Path dir;

    private Quarry primary(TestDb t) {
        Quarry db = t.use(ACCOUNT);
        SyncPrimary.install(db, List.of(ACCOUNT));
        db.insertInto(ACCOUNT).values(List.of(new Account(1, "ann", 100), new Account(2, "bob", 100))).execute();
        return db;
    }

    private static List<Account> accounts(Quarry db) {
        return db.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch();
    }

    @OnDatabases(TestTarget.POSTGRES)
    void localWritesAreQueuedAndTheNextSyncPushesThemInOrder(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT), OFFLINE)) {
            Quarry local = replica.local();
            replica.write(tx -> tx.insertInto(ACCOUNT).values(new Account(3, "cy", 5)).execute());
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 7L).where(ACCOUNT.id.eq(3L)).execute());
            local.sql("DELETE FROM account WHERE id = 2").execute(); // raw SQL on the local handle is queued too
            assertThat(accounts(local)).extracting(Account::id).containsExactly(1L, 3L);
            assertThat(accounts(primary)).extracting(Account::id).as("nothing pushed yet").containsExactly(1L, 2L);
            assertThat(replica.pendingWrites()).isEqualTo(3);

            SyncResult r = replica.sync();
            assertThat(r.pushed()).isEqualTo(3);
            assertThat(r.rejected()).isEmpty();
            assertThat(replica.pendingWrites()).isZero();
            assertThat(accounts(primary)).containsExactly(new Account(1, "ann", 100), new Account(3, "cy", 7));
            assertThat(accounts(local)).isEqualTo(accounts(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aPushRepeatedAfterItsAcknowledgementWasLostIsAppliedOnce(TestDb t) {
        Quarry primary = primary(t);
        JdbcTransport transport = new JdbcTransport(primary, Map.of("account", ACCOUNT),
                ConflictResolver.LAST_WRITE_WINS);
        LocalChange to10 = new LocalChange("account", LocalChange.Kind.UPDATE, Map.of("id", 1L), Map.of("balance", 10L));
        LocalChange to20 = new LocalChange("account", LocalChange.Kind.UPDATE, Map.of("id", 1L), Map.of("balance", 20L));
        assertThat(transport.push("client-a", 1, List.of(to10))).isTrue();
        assertThat(transport.push("client-a", 2, List.of(to20))).isTrue();
        assertThat(transport.push("client-a", 1, List.of(to10))).as("a duplicate").isFalse();
        assertThat(primary.select(ACCOUNT.balance).from(ACCOUNT).where(ACCOUNT.id.eq(1L)).fetchOne()).isEqualTo(20L);
        assertThat(transport.push("client-b", 1, List.of(to10))).as("another client's first").isTrue();
        assertThat(primary.select(ACCOUNT.balance).from(ACCOUNT).where(ACCOUNT.id.eq(1L)).fetchOne()).isEqualTo(10L);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aRejectedWriteIsMovedAsideReportedAndUndoneAndTheNextOnesGoThrough(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT), OFFLINE)) {
            Quarry local = replica.local();
            // a rule only the primary has (as a permission would be)
            primary.sql("ALTER TABLE account ADD CONSTRAINT no_overdraft_limit CHECK (balance <> 13)").execute();
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 13L).where(ACCOUNT.id.eq(1L)).execute());
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 60L).where(ACCOUNT.id.eq(2L)).execute());

            SyncResult r = replica.sync();
            assertThat(r.pushed()).isOne();
            assertThat(r.rejected()).singleElement().satisfies(w -> {
                assertThat(w.reason()).contains("no_overdraft_limit");
                assertThat(w.changes()).containsExactly(new LocalChange("account", LocalChange.Kind.UPDATE,
                        Map.of("id", 1L), Map.of("balance", 13L)));
            });
            assertThat(replica.pendingWrites()).isZero();
            assertThat(accounts(primary)).containsExactly(new Account(1, "ann", 100), new Account(2, "bob", 60));
            assertThat(accounts(local)).as("the refused write undone by the pull").isEqualTo(accounts(primary));
            assertThat(replica.rejectedWrites()).isEqualTo(r.rejected());
            replica.clearRejectedWrites();
            assertThat(replica.rejectedWrites()).isEmpty();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aBackgroundSyncPushesTheQueueAndTellsTheListenerOfARefusedWrite(TestDb t) throws Exception {
        Quarry primary = primary(t);
        primary.sql("ALTER TABLE account ADD CONSTRAINT no_thirty_one CHECK (balance <> 31)").execute();
        BlockingQueue<RejectedWrite> refused = new LinkedBlockingQueue<>();
        ReplicaOptions background = OFFLINE.syncEvery(Duration.ofMillis(50)).onRejectedWrite(refused::add);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT), background)) {
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 31L).where(ACCOUNT.id.eq(1L)).execute());
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 14L).where(ACCOUNT.id.eq(2L)).execute());
            RejectedWrite w = refused.poll(20, TimeUnit.SECONDS);
            assertThat(w).as("told, from the background").isNotNull();
            assertThat(w.reason()).contains("no_thirty_one");
            assertThat(w.changes()).extracting(LocalChange::key).containsExactly(Map.of("id", 1L));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!accounts(replica.local()).equals(accounts(primary)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(accounts(primary)).containsExactly(new Account(1, "ann", 100), new Account(2, "bob", 14));
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void perColumnTheLastWriteWinsAndDeletesWin(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT), OFFLINE)) {
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 1L).execute());
            primary.update(ACCOUNT).set(ACCOUNT.owner, "ann (server)").where(ACCOUNT.id.eq(1L)).execute();
            primary.deleteFrom(ACCOUNT).where(ACCOUNT.id.eq(2L)).execute();
            replica.sync();
            assertThat(accounts(primary)).as("the server's owner and the replica's balance; bob stays deleted")
                    .containsExactly(new Account(1, "ann (server)", 1));
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aResolverCanKeepThePrimarysValues(TestDb t) {
        Quarry primary = primary(t);
        ConflictResolver serverWins = (change, current) -> Map.of();
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT),
                OFFLINE.resolveConflictsWith(serverWins))) {
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 1L).where(ACCOUNT.id.eq(1L)).execute());
            replica.write(tx -> tx.insertInto(ACCOUNT).values(new Account(3, "cy", 3)).execute());
            assertThat(replica.sync().pushed()).isEqualTo(2);
            assertThat(accounts(primary)).as("an existing row kept, a new one inserted")
                    .containsExactly(new Account(1, "ann", 100), new Account(2, "bob", 100), new Account(3, "cy", 3));
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void nothingIsPulledWhileTheQueueHoldsWrites(TestDb t) {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT), OFFLINE)) {
            Quarry local = replica.local();
            local.update(ACCOUNT).set(ACCOUNT.balance, 5L).where(ACCOUNT.id.eq(1L)).execute();
            primary.update(ACCOUNT).set(ACCOUNT.balance, 9L).where(ACCOUNT.id.eq(1L)).execute();
            SnapshotPull.PullRequest request = new SnapshotPull.PullRequest(List.of(ACCOUNT), Map.of(),
                    ReplicaState.cursor(local), ReplicaState.generation(local), Map.of());
            SyncResult applied = SnapshotPull.pull(primary, Capture.of(primary), request, (pulled, whole) ->
                    LocalApply.apply(local, pulled, ReplicaState.get(local, ReplicaState.SHAPE), List.of(ACCOUNT),
                            whole));
            assertThat(applied).isNull();
            assertThat(local.select(ACCOUNT.balance).from(ACCOUNT).where(ACCOUNT.id.eq(1L)).fetchOne())
                    .as("the local write not overwritten").isEqualTo(5L);
            assertThat(replica.pendingWrites()).isOne();
        }
    }
}
