package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Account;
import dev.quarry.schema.DataType;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline writes keep their local transactions: each local transaction made between two syncs, however it was
 * made (a DSL transaction, a raw statement on its own, another connection to the file), is applied on the primary
 * in a primary transaction of its own, so a refused one leaves none of its writes there and the ones after it go on.
 * The primary's change log records each row's writing transaction, which is how the test sees the boundaries.
 */
class ReplicaTransactionsTest {
    @TempDir
    Path dir;

    private static List<Account> accounts(Quarry db) {
        return db.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch();
    }

    /** How many primary transactions wrote the rows of {@code ids}. */
    private static long transactionsThatWrote(Quarry primary, String ids) {
        return primary.sql("SELECT count(DISTINCT xid) FROM " + CaptureNames.log(ACCOUNT) + " WHERE id IN (" + ids
                + ")").fetch(r -> r.get(0, DataType.LONG)).get(0);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void eachLocalTransactionIsOnePrimaryTransactionAndARefusedOneLeavesNothingThere(TestDb t) throws Exception {
        Quarry primary = t.use(ACCOUNT);
        SyncPrimary.install(primary, List.of(ACCOUNT));
        primary.insertInto(ACCOUNT).values(List.of(new Account(1, "ann", 100), new Account(2, "bob", 100))).execute();
        primary.sql("ALTER TABLE account ADD CONSTRAINT no_thirteen CHECK (balance <> 13)").execute();
        Path file = dir.resolve("r.db");
        try (Replica replica = Replica.open(file, primary, List.of(ACCOUNT), ReplicaOptions.DEFAULTS.offlineWrites());
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Quarry local = replica.local();
            local.transactionRun(tx -> {
                tx.insertInto(ACCOUNT).values(new Account(3, "cy", 5)).execute();
                tx.insertInto(ACCOUNT).values(new Account(4, "di", 6)).execute();
            });
            local.transactionRun(tx -> { // refused as a whole by the primary's check
                tx.insertInto(ACCOUNT).values(new Account(5, "ed", 7)).execute();
                tx.update(ACCOUNT).set(ACCOUNT.balance, 13L).where(ACCOUNT.id.eq(1L)).execute();
            });
            local.sql("INSERT INTO account (id, owner, balance) VALUES (6, 'fay', 8)").execute();
            local.sql("UPDATE account SET balance = 9 WHERE id = 6").execute();
            try (Statement st = other.createStatement()) { // another connection, without the replica's hook
                st.execute("INSERT INTO account (id, owner, balance) VALUES (7, 'gus', 10)");
            }
            local.transactionRun(tx -> tx.update(ACCOUNT).set(ACCOUNT.balance, 11L).where(ACCOUNT.id.eq(7L))
                    .execute());
            assertThat(replica.pendingWrites()).isEqualTo(8);

            SyncResult r = replica.sync();
            assertThat(r.pushed()).as("one transaction, two statements, the other connection's, one more").isEqualTo(5);
            assertThat(r.rejected()).singleElement().satisfies(w -> {
                assertThat(w.reason()).contains("no_thirteen");
                assertThat(w.changes()).extracting(LocalChange::kind)
                        .containsExactly(LocalChange.Kind.INSERT, LocalChange.Kind.UPDATE);
            });
            assertThat(accounts(primary)).as("none of the refused transaction's writes, all of the others'")
                    .containsExactly(new Account(1, "ann", 100), new Account(2, "bob", 100), new Account(3, "cy", 5),
                            new Account(4, "di", 6), new Account(6, "fay", 9), new Account(7, "gus", 11));
            assertThat(accounts(local)).as("the refused transaction undone locally").isEqualTo(accounts(primary));
            assertThat(transactionsThatWrote(primary, "3, 4")).as("one local transaction, one on the primary")
                    .isOne();
            assertThat(transactionsThatWrote(primary, "6")).as("two statements, two transactions").isEqualTo(2);
            assertThat(transactionsThatWrote(primary, "7")).isEqualTo(2);
            assertThat(transactionsThatWrote(primary, "3, 4, 6, 7")).isEqualTo(5);
            assertThat(replica.pendingWrites()).isZero();
        }
    }
}
