package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Account;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica of a SQLite primary file on the same host: the same API and behaviour as with PostgreSQL, with a
 * sequence (commit order, one writer) as the cursor. Bootstrap, incremental sync, a second process writing the
 * primary, a ledger that balances after every sync under concurrent transfers from two handles, forwarded writes
 * read back at once, offline writes each applied in one primary transaction, a row filter, compaction, and a file of
 * another primary refused.
 */
class SqlitePrimaryTest {
    @TempDir
    Path dir;

    private Quarry primary(String name) {
        Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve(name));
        db.schema().create(ACCOUNT);
        db.insertInto(ACCOUNT).values(List.of(new Account(1, "ann", 100), new Account(2, "bob", 100))).execute();
        SyncPrimary.install(db, List.of(ACCOUNT));
        SyncPrimary.install(db, List.of(ACCOUNT)); // again: harmless
        return db;
    }

    private static List<Account> accounts(Quarry db) {
        return db.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch();
    }

    @Test
    void bootstrapsSyncsIncrementallyAndSeesAnotherProcesssWrites() throws Exception {
        try (Quarry primary = primary("p.db");
             Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT))) {
            Quarry local = replica.local();
            assertThat(accounts(local)).isEqualTo(accounts(primary));
            assertThat(replica.sync().nothingChanged()).isTrue();

            primary.insertInto(ACCOUNT).values(new Account(3, "cy", 3)).execute();
            primary.update(ACCOUNT).set(ACCOUNT.balance, 50L).where(ACCOUNT.id.eq(1L)).execute();
            primary.deleteFrom(ACCOUNT).where(ACCOUNT.id.eq(2L)).execute();
            primary.insertInto(ACCOUNT).values(new Account(4, "gone", 4)).execute();
            primary.deleteFrom(ACCOUNT).where(ACCOUNT.id.eq(4L)).execute(); // inserted and gone: never seen
            primary.update(ACCOUNT).set(ACCOUNT.id, 5L).where(ACCOUNT.id.eq(3L)).execute(); // a key that changed
            assertThat(replica.sync()).isEqualTo(new SyncResult(2, 1));
            assertThat(accounts(local)).isEqualTo(accounts(primary));

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    PrimaryWriterChild.class.getName(), dir.resolve("p.db").toString()).redirectErrorStream(true)
                    .start();
            String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(said).contains("WROTE");
            SyncResult r = replica.sync();
            assertThat(r.upserted()).as("two inserted, one updated by the other process").isEqualTo(3);
            assertThat(accounts(local)).isEqualTo(accounts(primary))
                    .contains(new Account(10, "from another process", 1), new Account(1, "ann", 51));
        }
    }

    @Test
    void afterEverySyncUnderConcurrentTransfersTheLedgerBalances() throws Exception {
        try (Quarry primary = primary("p.db");
             Quarry second = Quarry.open("jdbc:sqlite:" + dir.resolve("p.db")); // another handle on the primary
             Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT))) {
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            List<Thread> writers = new java.util.ArrayList<>();
            for (Quarry writer : List.of(primary, second)) {
                Thread th = new Thread(() -> {
                    java.util.Random random = new java.util.Random();
                    while (!stop.get()) {
                        long amount = 1 + random.nextInt(10);
                        long from = 1 + random.nextInt(2);
                        writer.transactionRun(tx -> { // two statements: a sync between them would unbalance
                            tx.sql("UPDATE account SET balance = balance - ? WHERE id = ?", amount, from).execute();
                            tx.sql("UPDATE account SET balance = balance + ? WHERE id = ?", amount, 3 - from)
                                    .execute();
                        });
                    }
                });
                th.start();
                writers.add(th);
            }
            int changed = 0;
            try {
                for (int i = 0; i < 30; i++) {
                    changed += replica.sync().nothingChanged() ? 0 : 1;
                    assertThat(accounts(replica.local()).stream().mapToLong(Account::balance).sum())
                            .as("sync %d", i).isEqualTo(200L);
                }
            } finally {
                stop.set(true);
                for (Thread th : writers) {
                    th.join();
                }
            }
            assertThat(changed).as("syncs that brought transfers").isPositive();
            replica.sync();
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
        }
    }

    @Test
    void aForwardedWriteIsReadBackLocallyAtOnce() {
        try (Quarry primary = primary("p.db");
             Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT))) {
            long count = replica.write(tx -> tx.insertInto(ACCOUNT).values(new Account(3, "cy", 3)).execute());
            assertThat(count).isOne();
            assertThat(accounts(replica.local())).as("read-your-writes").contains(new Account(3, "cy", 3))
                    .isEqualTo(accounts(primary));
            assertThatThrownBy(() -> replica.write(tx -> {
                tx.update(ACCOUNT).set(ACCOUNT.balance, 0L).execute();
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");
            assertThat(accounts(primary)).as("rolled back").extracting(Account::balance).doesNotContain(0L);
        }
    }

    @Test
    void offlineWritesArePushedEachLocalTransactionOnceAndARefusedOneLeavesNothing() {
        try (Quarry primary = primary("p.db");
             Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT),
                     ReplicaOptions.DEFAULTS.offlineWrites())) {
            // a rule only the primary has
            primary.sql("CREATE TRIGGER no_thirteen BEFORE UPDATE ON account WHEN NEW.balance = 13 "
                    + "BEGIN SELECT RAISE(ABORT, 'no_thirteen'); END").execute();
            Quarry local = replica.local();
            local.transactionRun(tx -> {
                tx.insertInto(ACCOUNT).values(new Account(3, "cy", 3)).execute();
                tx.update(ACCOUNT).set(ACCOUNT.balance, 90L).where(ACCOUNT.id.eq(2L)).execute();
            });
            local.transactionRun(tx -> { // refused as a whole
                tx.insertInto(ACCOUNT).values(new Account(4, "di", 4)).execute();
                tx.update(ACCOUNT).set(ACCOUNT.balance, 13L).where(ACCOUNT.id.eq(1L)).execute();
            });
            local.sql("DELETE FROM account WHERE id = 3").execute();
            SyncResult r = replica.sync();
            assertThat(r.pushed()).isEqualTo(2);
            assertThat(r.rejected()).singleElement().satisfies(w -> assertThat(w.reason()).contains("no_thirteen"));
            assertThat(accounts(primary)).containsExactly(new Account(1, "ann", 100), new Account(2, "bob", 90));
            assertThat(accounts(local)).isEqualTo(accounts(primary));
            assertThat(replica.pendingWrites()).isZero();
        }
    }

    @Test
    void aRowFilterMovesRowsOutAndIn() {
        try (Quarry primary = primary("p.db");
             Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT),
                     ReplicaOptions.DEFAULTS.where(ACCOUNT, ACCOUNT.balance.ge(100L)))) {
            Quarry local = replica.local();
            primary.update(ACCOUNT).set(ACCOUNT.balance, 10L).where(ACCOUNT.id.eq(1L)).execute(); // leaves
            primary.insertInto(ACCOUNT).values(new Account(3, "cy", 5)).execute(); // never admitted
            primary.update(ACCOUNT).set(ACCOUNT.balance, 500L).where(ACCOUNT.id.eq(3L)).execute(); // enters
            SyncResult r = replica.sync();
            assertThat(r.deleted()).isOne();
            assertThat(accounts(local)).isEqualTo(primary.selectFrom(ACCOUNT).where(ACCOUNT.balance.ge(100L))
                    .orderBy(ACCOUNT.id.asc()).fetch()).extracting(Account::id).containsExactly(2L, 3L);
        }
    }

    @Test
    void compactionPastACursorMakesTheReplicaCopyAgain() {
        try (Quarry primary = primary("p.db");
             Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT))) {
            primary.insertInto(ACCOUNT).values(new Account(3, "seen", 3)).execute();
            replica.sync();
            assertThat(SyncPrimary.compact(primary, List.of(ACCOUNT), Duration.ZERO)).isOne();
            primary.insertInto(ACCOUNT).values(new Account(4, "after", 4)).execute();
            assertThat(replica.sync()).as("it had seen what was deleted").isEqualTo(new SyncResult(1, 0));

            primary.deleteFrom(ACCOUNT).where(ACCOUNT.id.eq(3L)).execute();
            SyncPrimary.compact(primary, List.of(ACCOUNT), Duration.ZERO);
            SyncResult r = replica.sync();
            assertThat(r.rebootstrapped()).isTrue();
            assertThat(accounts(replica.local())).isEqualTo(accounts(primary));
            SyncPrimary.rotateGeneration(primary);
            assertThat(replica.sync().rebootstrapped()).isTrue();
        }
    }

    @Test
    void aFileOfAnotherPrimaryIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("r.db");
        try (Quarry first = primary("first.db")) {
            Replica.open(file, first, List.of(ACCOUNT)).close();
        }
        byte[] before = Files.readAllBytes(file);
        try (Quarry second = primary("second.db")) {
            assertThatThrownBy(() -> Replica.open(file, second, List.of(ACCOUNT)))
                    .isInstanceOf(ReplicaMismatchException.class).hasMessageContaining(file.toString());
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
