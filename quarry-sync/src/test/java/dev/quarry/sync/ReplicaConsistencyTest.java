package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static dev.quarry.sync.TransferTable.TRANSFER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Account;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consistency under concurrent writers on the primary: transfers on several threads whose transactions commit out of
 * their start order (ids taken first, sleeps before commit), and one transaction held open across several pulls.
 * After every sync the replica is at a consistent cut of the primary: the ledger's total never changes, and every
 * account's balance equals its initial balance plus the journal's transfers in, minus those out, which holds only
 * if each transfer's journal row and its two balance updates arrived together. Once the writers stop, the tables
 * equal the primary's. Then 100 replicas syncing from one primary under write load all converge.
 */
class ReplicaConsistencyTest {
    private static final int ACCOUNTS = 5;
    private static final long INITIAL = 1_000;

    @TempDir
    Path dir;

    private final AtomicLong transferIds = new AtomicLong();

    private Quarry primary(TestDb t) {
        Quarry db = t.use(ACCOUNT, TRANSFER);
        SyncPrimary.install(db, List.of(ACCOUNT, TRANSFER));
        for (long i = 1; i <= ACCOUNTS; i++) {
            db.insertInto(ACCOUNT).values(new Account(i, "owner " + i, INITIAL)).execute();
        }
        return db;
    }

    /** One transfer; {@code holdMillis} keeps the transaction open before it commits. */
    private void transfer(Quarry primary, long holdMillis) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long from = r.nextLong(1, ACCOUNTS + 1);
        long to = from % ACCOUNTS + 1;
        long amount = r.nextLong(1, 10);
        long id = transferIds.incrementAndGet(); // taken before commit, as an identity value would be
        try {
            primary.transactionRun(tx -> {
                tx.insertInto(TRANSFER).values(new TransferTable.Transfer(id, from, to, amount)).execute();
                tx.update(ACCOUNT).set(ACCOUNT.balance, ACCOUNT.balance.minus(amount)).where(ACCOUNT.id.eq(from))
                        .execute();
                Thread.sleep(holdMillis);
                tx.update(ACCOUNT).set(ACCOUNT.balance, ACCOUNT.balance.plus(amount)).where(ACCOUNT.id.eq(to))
                        .execute();
            });
        } catch (QuarryException | InterruptedException e) {
            // an overdraft refused by the CHECK constraint, or a deadlock victim: nothing committed
        }
    }

    private static void assertConsistentCut(Quarry local, String when) {
        List<Account> accounts = local.selectFrom(ACCOUNT).fetch();
        assertThat(accounts.stream().mapToLong(Account::balance).sum()).as("the total %s", when)
                .isEqualTo(ACCOUNTS * INITIAL);
        List<TransferTable.Transfer> journal = local.selectFrom(TRANSFER).fetch();
        for (Account a : accounts) {
            long in = journal.stream().filter(x -> x.target() == a.id()).mapToLong(TransferTable.Transfer::amount).sum();
            long out = journal.stream().filter(x -> x.source() == a.id()).mapToLong(TransferTable.Transfer::amount)
                    .sum();
            assertThat(a.balance()).as("account %d %s", a.id(), when).isEqualTo(INITIAL + in - out);
        }
    }

    private static void assertEqualTables(Quarry local, Quarry primary) {
        assertThat(local.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                .isEqualTo(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch());
        assertThat(local.selectFrom(TRANSFER).orderBy(TRANSFER.id.asc()).fetch())
                .isEqualTo(primary.selectFrom(TRANSFER).orderBy(TRANSFER.id.asc()).fetch());
    }

    @OnDatabases(TestTarget.POSTGRES)
    void afterEverySyncTheReplicaIsAConsistentCutOfThePrimary(TestDb t) throws Exception {
        Quarry primary = primary(t);
        AtomicBoolean run = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        CountDownLatch longOpen = new CountDownLatch(1);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT, TRANSFER))) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                running.add(writers.submit(() -> {
                    while (run.get()) {
                        transfer(primary, ThreadLocalRandom.current().nextLong(0, 15));
                    }
                }));
            }
            running.add(writers.submit(() -> {
                longOpen.countDown();
                transfer(primary, 1_500); // open across many pulls
            }));
            longOpen.await();
            int moved = 0;
            for (int i = 0; i < 40; i++) {
                moved += replica.sync().upserted();
                assertConsistentCut(replica.local(), "after sync " + i);
                Thread.sleep(40);
            }
            assertThat(moved).as("the syncs saw transfers").isPositive();
            run.set(false);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            replica.sync();
            assertConsistentCut(replica.local(), "at the end");
            assertEqualTables(replica.local(), primary);
        } finally {
            run.set(false);
            writers.shutdownNow();
            writers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aHundredReplicasSyncingUnderWriteLoadAllConverge(TestDb t) throws Exception {
        Quarry primary = primary(t);
        int replicas = 100;
        List<Replica> all = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean run = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (run.get()) {
                transfer(primary, 0);
            }
        });
        try {
            for (int i = 0; i < replicas; i++) {
                all.add(Replica.open(dir.resolve("r" + i + ".db"), primary, List.of(ACCOUNT, TRANSFER)));
            }
            writer.start();
            List<Future<?>> rounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Replica r : all) {
                    rounds.add(pool.submit(() -> {
                        r.sync();
                        assertConsistentCut(r.local(), "during the load");
                    }));
                }
            }
            for (Future<?> f : rounds) {
                f.get(60, TimeUnit.SECONDS);
            }
            run.set(false);
            writer.join();
            List<Future<?>> last = new ArrayList<>();
            for (Replica r : all) {
                last.add(pool.submit(() -> r.sync()));
            }
            for (Future<?> f : last) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(primary.selectFrom(TRANSFER).fetch()).as("the load wrote").isNotEmpty();
            for (Replica r : all) {
                assertEqualTables(r.local(), primary);
            }
        } finally {
            run.set(false);
            writer.join();
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            for (Replica r : all) {
                r.close();
            }
        }
    }
}
