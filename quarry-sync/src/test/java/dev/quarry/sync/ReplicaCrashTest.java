package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Account;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica process killed with kill -9 at each named crash point, then the file reopened by a new handle: nothing
 * lost, nothing applied twice. The child ({@link CrashChild}) stops at the point and says so; the test kills it
 * there ({@link Process#destroyForcibly()}, SIGKILL on Linux).
 */
class ReplicaCrashTest {
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

    /** Runs the child until it reports {@code point}, then kills it with SIGKILL. */
    private static void killAt(TestDb t, Path file, String point) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), t.url(), file.toString(), point).redirectErrorStream(true).start();
        try {
            List<String> output = new ArrayList<>();
            CompletableFuture<Boolean> reached = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        output.add(line);
                        if (line.equals(CrashChild.REACHED + point)) {
                            return true;
                        }
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertThat(reached.get(60, TimeUnit.SECONDS)).as("the child reached %s; it said %s", point, output)
                    .isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void killedAfterStagingABootstrapTheFileIsCopiedAgainOnReopen(TestDb t) throws Exception {
        Quarry primary = primary(t);
        Path file = dir.resolve("r.db");
        killAt(t, file, CrashPoints.AFTER_STAGING);
        try (Replica replica = Replica.open(file, primary, List.of(ACCOUNT), OFFLINE)) {
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
            assertThat(replica.sync().nothingChanged()).isTrue();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void killedAfterApplyingAPullBeforeItsCursorTheFileIsAsBeforeAndTheNextSyncBringsIt(TestDb t)
            throws Exception {
        Quarry primary = primary(t);
        Path file = dir.resolve("r.db");
        Replica.open(file, primary, List.of(ACCOUNT), OFFLINE).close();
        List<Account> before = accounts(primary);
        primary.insertInto(ACCOUNT).values(new Account(3, "cy", 3)).execute();
        primary.update(ACCOUNT).set(ACCOUNT.balance, 50L).where(ACCOUNT.id.eq(1L)).execute();
        killAt(t, file, CrashPoints.AFTER_APPLY_BEFORE_CURSOR);
        try (Replica replica = Replica.open(file, primary, List.of(ACCOUNT), OFFLINE)) {
            assertThat(accounts(replica.local())).as("the rows rolled back with the cursor").isEqualTo(before);
            assertThat(replica.sync()).isEqualTo(new SyncResult(2, 0));
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void killedAfterThePrimaryCommittedAPushBeforeTheAckThePushIsNotAppliedTwice(TestDb t) throws Exception {
        pushKilledAt(t, CrashPoints.AFTER_PUSH_COMMIT_BEFORE_ACK);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void killedAfterTheAckBeforeTheOutboxDeleteThePushIsNotAppliedTwice(TestDb t) throws Exception {
        pushKilledAt(t, CrashPoints.AFTER_ACK_BEFORE_OUTBOX_DELETE);
    }

    private void pushKilledAt(TestDb t, String point) throws Exception {
        Quarry primary = primary(t);
        Path file = dir.resolve("r.db");
        try (Replica replica = Replica.open(file, primary, List.of(ACCOUNT), OFFLINE)) {
            replica.write(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 10L).where(ACCOUNT.id.eq(1L)).execute());
        }
        killAt(t, file, point);
        assertThat(primary.select(ACCOUNT.balance).from(ACCOUNT).where(ACCOUNT.id.eq(1L)).fetchOne())
                .as("the primary committed the push").isEqualTo(10L);
        // a later write on the primary: applying the queued write again would undo it
        primary.update(ACCOUNT).set(ACCOUNT.balance, 77L).where(ACCOUNT.id.eq(1L)).execute();
        try (Replica replica = Replica.open(file, primary, List.of(ACCOUNT), OFFLINE)) {
            assertThat(replica.pendingWrites()).as("still queued: no ack was recorded").isOne();
            SyncResult r = replica.sync();
            assertThat(r.rejected()).isEmpty();
            assertThat(replica.pendingWrites()).isZero();
            assertThat(primary.select(ACCOUNT.balance).from(ACCOUNT).where(ACCOUNT.id.eq(1L)).fetchOne())
                    .as("applied once").isEqualTo(77L);
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
        }
    }
}
