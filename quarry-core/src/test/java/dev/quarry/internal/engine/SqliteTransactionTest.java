package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.QuarrySettings;
import dev.quarry.Transaction;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTransactionTest {
    @TempDir
    Path dir;
    QuarryHandle db;

    @BeforeEach
    void open() {
        db = SqliteFixture.withItems(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static void insert(dev.quarry.Database on, long id, String name) {
        on.insertInto(ITEM).values(new Item(id, name)).execute();
    }

    @Test
    void aTransactionCommitsWhenItsBodyReturnsAndReturnsTheBodysValue() {
        String result = db.transaction(tx -> {
            insert(tx, 1, "a");
            insert(tx, 2, "b");
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(SqliteFixture.names(db)).containsExactly("a", "b");
    }

    @Test
    void aRuntimeExceptionRollsBackAndPropagatesUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            insert(tx, 1, "a");
            throw boom;
        })).isSameAs(boom);
        assertThat(SqliteFixture.count(db)).isZero();
    }

    @Test
    void aCheckedExceptionRollsBackAndPropagatesUnchanged() {
        IOException io = new IOException("disk");
        assertThatThrownBy(() -> db.<Void, IOException>transaction(tx -> {
            insert(tx, 1, "a");
            throw io;
        })).isSameAs(io);
        assertThat(SqliteFixture.count(db)).isZero();
    }

    @Test
    void aFailedSavepointRollsBackOnlyItsOwnWork() {
        db.transactionRun(tx -> {
            insert(tx, 1, "outer");
            assertThatThrownBy(() -> tx.transactionRun(inner -> {
                insert(inner, 2, "inner");
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            tx.transactionRun(inner -> insert(inner, 3, "kept"));
        });
        assertThat(SqliteFixture.names(db)).containsExactly("outer", "kept");
    }

    @Test
    void afterCommitRunsAfterTheOutermostCommitWithTheWriterLockReleased() {
        SqliteEngine engine = (SqliteEngine) db.source();
        List<String> events = new ArrayList<>();
        AtomicBoolean lockHeldInCallback = new AtomicBoolean(true);
        db.transactionRun(tx -> {
            tx.transactionRun(inner -> inner.afterCommit(() -> events.add("from savepoint")));
            tx.afterCommit(() -> {
                lockHeldInCallback.set(engine.writerHeldByCurrentThread());
                events.add("outer, sees " + SqliteFixture.count(db));
            });
            insert(tx, 1, "a");
            events.add("body end");
        });
        assertThat(events).containsExactly("body end", "from savepoint", "outer, sees 1");
        assertThat(lockHeldInCallback).isFalse();
    }

    @Test
    void afterRollbackRunsOnRollbackAndAfterCommitDoesNot() {
        List<String> events = new ArrayList<>();
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            tx.afterCommit(() -> events.add("commit"));
            tx.afterRollback(() -> events.add("rollback"));
            throw new IllegalStateException("x");
        })).hasMessage("x");
        assertThat(events).containsExactly("rollback");
    }

    @Test
    void aRolledBackSavepointRunsItsAfterRollbackOnceTheTransactionEndsAndDropsItsAfterCommit() {
        List<String> events = new ArrayList<>();
        db.transactionRun(tx -> {
            tx.transactionRun(inner -> {
                inner.afterCommit(() -> events.add("inner commit"));
                inner.afterRollback(() -> events.add("inner rollback"));
                inner.setRollbackOnly();
            });
            events.add("body end");
        });
        assertThat(events).containsExactly("body end", "inner rollback");
    }

    @Test
    void setRollbackOnlyRollsBackWithoutAnException() {
        int v = db.transaction(tx -> {
            insert(tx, 1, "a");
            tx.setRollbackOnly();
            return 7;
        });
        assertThat(v).isEqualTo(7);
        assertThat(SqliteFixture.count(db)).isZero();
    }

    @Test
    void aFailingAfterCommitCallbackGoesToTheHandlerNotTheCallerAndTheOthersStillRun() {
        List<String> events = new ArrayList<>();
        QuarrySettings settings = QuarrySettings.builder()
                .onCallbackError((source, e) -> events.add(source + ": " + e.getMessage())).build();
        try (QuarryHandle handled = SqliteFixture.open(SqliteFixture.url(dir), settings)) {
            handled.schema().createIfNotExists(ITEM);
            handled.transactionRun(tx -> {
                insert(tx, 1, "a");
                tx.afterCommit(() -> {
                    throw new IllegalStateException("callback");
                });
                tx.afterCommit(() -> events.add("second"));
            });
            assertThat(events).containsExactly("afterCommit callback: callback", "second");
            assertThat(SqliteFixture.count(handled)).isOne();
        }
    }

    @Test
    void aReadOnlyTransactionRefusesDslAndHandWrittenWrites() {
        insert(db, 1, "a");
        db.transactionRun(TransactionOptions.READ_ONLY, tx -> {
            assertThat(tx.isReadOnly()).isTrue();
            assertThatThrownBy(() -> insert(tx, 2, "b")).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("read-only transaction");
            assertThatThrownBy(() -> tx.sql("INSERT INTO item VALUES (3, 'c')").execute())
                    .isInstanceOf(MisuseException.class).hasMessageContaining("read-only transaction");
            assertThat(SqliteFixture.names(tx)).containsExactly("a");
        });
        assertThat(SqliteFixture.count(db)).isOne();
    }

    @Test
    void callsOnTheDatabaseFromTheBodysThreadJoinTheTransaction() {
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            insert(db, 1, "via db");
            assertThat(SqliteFixture.count(db)).as("db sees the uncommitted row").isOne();
            db.transactionRun(nested -> insert(nested, 2, "nested via db"));
            throw new IllegalStateException("undo all");
        })).hasMessage("undo all");
        assertThat(SqliteFixture.count(db)).isZero();
    }

    @Test
    void anotherThreadWaitsForTheWriterInsteadOfFailingBusy() throws Exception {
        CompletableFuture<Void> other = new CompletableFuture<>();
        db.transactionRun(tx -> {
            insert(tx, 1, "first");
            CompletableFuture.runAsync(() -> insert(db, 2, "second")).whenComplete((v, e) -> {
                if (e != null) {
                    other.completeExceptionally(e);
                } else {
                    other.complete(null);
                }
            });
            assertThat(other).isNotDone();
        });
        other.get(10, TimeUnit.SECONDS);
        assertThat(SqliteFixture.names(db)).containsExactly("first", "second");
    }

    @Test
    void aTransactionIsUsableOnlyDuringItsBodyAndOnItsThread() throws Exception {
        AtomicReference<Transaction> kept = new AtomicReference<>();
        db.transactionRun(tx -> {
            kept.set(tx);
            Throwable fromOtherThread = CompletableFuture.runAsync(() -> insert(tx, 1, "x"))
                    .handle((v, e) -> e).get(10, TimeUnit.SECONDS);
            assertThat(fromOtherThread).hasCauseInstanceOf(MisuseException.class);
        });
        assertThatThrownBy(() -> insert(kept.get(), 2, "late")).isInstanceOf(MisuseException.class)
                .hasMessageContaining("ended");
    }

    @Test
    void aSavepointCannotAskForReadOnlyInsideAReadWriteTransaction() {
        db.transactionRun(tx -> assertThatThrownBy(() -> tx.transactionRun(TransactionOptions.READ_ONLY, inner -> {
        })).isInstanceOf(MisuseException.class).hasMessageContaining("savepoint"));
    }
}
