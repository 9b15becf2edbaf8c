package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.QuarrySettings;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-memory databases, read-only files and read-only snapshots. */
class SqliteModesTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyTransactionKeepsOneSnapshotWhileAnotherThreadCommits() throws Exception {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            db.insertInto(ITEM).values(new Item(1, "a")).execute();
            CountDownLatch firstRead = new CountDownLatch(1);
            CountDownLatch committed = new CountDownLatch(1);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                await(firstRead);
                db.insertInto(ITEM).values(new Item(2, "b")).execute();
                committed.countDown();
            });
            db.transactionRun(TransactionOptions.READ_ONLY, tx -> {
                assertThat(SqliteFixture.names(tx)).containsExactly("a");
                firstRead.countDown();
                await(committed);
                assertThat(SqliteFixture.names(tx)).as("same snapshot").containsExactly("a");
            });
            writer.get(10, TimeUnit.SECONDS);
            assertThat(SqliteFixture.names(db)).containsExactly("a", "b");
        }
    }

    @Test
    void anInMemoryDatabaseIsOneDatabaseForEveryThread() throws Exception {
        try (QuarryHandle db = SqliteFixture.open("jdbc:sqlite::memory:", QuarrySettings.DEFAULTS)) {
            db.schema().create(ITEM);
            db.insertInto(ITEM).values(new Item(1, "a")).execute();
            long seen = CompletableFuture.supplyAsync(() -> SqliteFixture.count(db)).get(10, TimeUnit.SECONDS);
            assertThat(seen).isOne();
            db.transactionRun(tx -> tx.insertInto(ITEM).values(new Item(2, "b")).execute());
            assertThat(SqliteFixture.names(db)).containsExactly("a", "b");
        }
    }

    @Test
    void anInMemoryReadOnlyTransactionRefusesWritesAndLeavesTheConnectionWritable() {
        try (QuarryHandle db = SqliteFixture.open("jdbc:sqlite::memory:", QuarrySettings.DEFAULTS)) {
            db.schema().create(ITEM);
            db.transactionRun(TransactionOptions.READ_ONLY, tx ->
                    assertThatThrownBy(() -> tx.sql("INSERT INTO item VALUES (1, 'x')").execute())
                            .isInstanceOf(MisuseException.class).hasMessageContaining("read-only"));
            db.insertInto(ITEM).values(new Item(2, "after")).execute();
            assertThat(SqliteFixture.names(db)).containsExactly("after");
        }
    }

    @Test
    void aDatabaseOpenedReadOnlyReadsAndRefusesWritesClearly() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            db.insertInto(ITEM).values(new Item(1, "a")).execute();
        }
        String url = SqliteFixture.url(dir) + "?open_mode=1";
        try (QuarryHandle ro = SqliteFixture.open(url, QuarrySettings.DEFAULTS)) {
            assertThat(SqliteFixture.names(ro)).containsExactly("a");
            long inTx = ro.transaction(tx -> SqliteFixture.count(ro));
            assertThat(inTx).isOne();
            assertThatThrownBy(() -> ro.insertInto(ITEM).values(new Item(2, "b")).execute())
                    .isInstanceOf(MisuseException.class).hasMessageContaining("opened read-only");
        }
    }

    @Test
    void hookFailureFailsOpenNamingTheHooksError() {
        QuarrySettings settings = QuarrySettings.builder()
                .onConnect(c -> {
                    throw new java.sql.SQLException("extension missing");
                })
                .build();
        assertThatThrownBy(() -> dev.quarry.Quarry.open(SqliteFixture.url(dir), settings))
                .hasMessageContaining("connection hook #1").hasMessageContaining("extension missing");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
