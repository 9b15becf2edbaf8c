package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Isolation;
import dev.quarry.Quarry;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;

/** Transactions as a user sees them: commit, rollback, savepoints, callbacks, read-only, isolation. */
class TransactionContractTest {
    private Quarry db;

    /** A checked exception a transaction body throws. */
    static final class Boom extends Exception {
        Boom(String message) {
            super(message);
        }
    }

    @BeforeEach
    void tables(TestDb t) {
        db = t.use(ARTIST);
    }

    private static Artist artist(String name) {
        return new Artist(0, name, null);
    }

    private List<String> names() {
        return db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
    }

    @AllDatabases
    void aTransactionCommitsWhenItsBodyReturnsAndReturnsTheBodysValue() {
        String result = db.transaction(tx -> {
            tx.insertInto(ARTIST).values(artist("a")).execute();
            tx.insertInto(ARTIST).values(artist("b")).execute();
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(names()).containsExactly("a", "b");
    }

    @AllDatabases
    void aCheckedExceptionRollsBackAndPropagatesUnchanged() {
        Boom boom = new Boom("stop");
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            tx.insertInto(ARTIST).values(artist("a")).execute();
            throw boom;
        })).isSameAs(boom);
        assertThat(names()).isEmpty();
    }

    @AllDatabases
    void anUncheckedExceptionRollsBackAndPropagatesUnchanged() {
        IllegalStateException failure = new IllegalStateException("no");
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            tx.insertInto(ARTIST).values(artist("a")).execute();
            throw failure;
        })).isSameAs(failure);
        assertThat(names()).isEmpty();
    }

    @AllDatabases
    void aFailedSavepointUndoesOnlyItsOwnWork() throws Boom {
        db.transactionRun(tx -> {
            tx.insertInto(ARTIST).values(artist("outer-before")).execute();
            try {
                tx.transactionRun(inner -> {
                    inner.insertInto(ARTIST).values(artist("inner")).execute();
                    throw new Boom("inner fails");
                });
            } catch (Boom expected) {
                // the outer body goes on
            }
            tx.insertInto(ARTIST).values(artist("outer-after")).execute();
        });
        assertThat(names()).containsExactly("outer-after", "outer-before");
    }

    @AllDatabases
    void aSuccessfulSavepointCommitsWithTheOuterTransaction() {
        db.transactionRun(tx -> {
            tx.transactionRun(inner -> inner.insertInto(ARTIST).values(artist("inner")).execute());
            tx.insertInto(ARTIST).values(artist("outer")).execute();
        });
        assertThat(names()).containsExactly("inner", "outer");
    }

    @AllDatabases
    void anOuterRollbackUndoesAReleasedSavepoint() {
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            tx.transactionRun(inner -> inner.insertInto(ARTIST).values(artist("inner")).execute());
            throw new Boom("outer fails");
        })).isInstanceOf(Boom.class);
        assertThat(names()).isEmpty();
    }

    @AllDatabases
    void setRollbackOnlyRollsBackWithoutAnException() {
        db.transactionRun(tx -> {
            tx.insertInto(ARTIST).values(artist("a")).execute();
            tx.setRollbackOnly();
        });
        assertThat(names()).isEmpty();
    }

    @AllDatabases
    void afterCommitRunsAfterTheOutermostCommitWhenTheDataIsVisible() {
        List<String> events = new ArrayList<>();
        List<List<String>> seenByCallback = new ArrayList<>();
        db.transactionRun(tx -> {
            tx.insertInto(ARTIST).values(artist("a")).execute();
            tx.transactionRun(inner -> inner.afterCommit(() -> {
                events.add("inner afterCommit");
                seenByCallback.add(names());
            }));
            events.add("savepoint released");
            tx.afterCommit(() -> events.add("outer afterCommit"));
            tx.afterRollback(() -> events.add("afterRollback"));
            events.add("body done");
        });
        assertThat(events).containsExactly("savepoint released", "body done", "inner afterCommit",
                "outer afterCommit");
        assertThat(seenByCallback).containsExactly(List.of("a"));
    }

    @AllDatabases
    void afterRollbackRunsAfterARollbackAndAfterCommitDoesNot() {
        List<String> events = new ArrayList<>();
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            tx.afterCommit(() -> events.add("afterCommit"));
            tx.afterRollback(() -> events.add("afterRollback"));
            tx.insertInto(ARTIST).values(artist("a")).execute();
            throw new Boom("fail");
        })).isInstanceOf(Boom.class);
        assertThat(events).containsExactly("afterRollback");
    }

    @AllDatabases
    void afterRollbackOfASavepointRunsWhenTheSavepointRollsBack() {
        List<String> events = new ArrayList<>();
        db.transactionRun(tx -> {
            try {
                tx.transactionRun(inner -> {
                    inner.afterRollback(() -> events.add("savepoint rolled back"));
                    inner.afterCommit(() -> events.add("inner afterCommit"));
                    throw new Boom("inner");
                });
            } catch (Boom expected) {
                events.add("caught");
            }
        });
        // deferred to the end of the whole transaction: callbacks never run while Quarry holds a lock
        assertThat(events).containsExactly("caught", "savepoint rolled back");
    }

    @AllDatabases
    void aReadOnlyTransactionRejectsAWriteAsMisuse() {
        db.insertInto(ARTIST).values(artist("kept")).execute();
        assertThatThrownBy(() -> db.transaction(TransactionOptions.READ_ONLY, tx -> {
            assertThat(tx.isReadOnly()).isTrue();
            return tx.insertInto(ARTIST).values(artist("written")).execute();
        })).isInstanceOf(MisuseException.class);
        assertThat(names()).containsExactly("kept");
    }

    @AllDatabases
    void aReadOnlyTransactionReads() {
        db.insertInto(ARTIST).values(artist("kept")).execute();
        List<String> seen = db.transaction(TransactionOptions.READ_ONLY,
                tx -> tx.select(ARTIST.name).from(ARTIST).fetch());
        assertThat(seen).containsExactly("kept");
    }

    @AllDatabases
    void uncommittedWorkIsInvisibleToOtherThreads() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<String> seenElsewhere = db.transaction(tx -> {
                tx.insertInto(ARTIST).values(artist("pending")).execute();
                assertThat(tx.select(ARTIST.name).from(ARTIST).fetch()).containsExactly("pending");
                return other.submit(this::names).get(30, TimeUnit.SECONDS);
            });
            assertThat(seenElsewhere).isEmpty();
            assertThat(names()).containsExactly("pending");
        } finally {
            other.shutdownNow();
        }
    }

    @AllDatabases
    void theHandleUsedInsideABodyOnTheSameThreadJoinsTheTransaction() {
        // QuarryHandle: a statement on the body's thread joins its transaction (so SQLite cannot deadlock on itself)
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            db.insertInto(ARTIST).values(artist("joined")).execute();
            assertThat(tx.select(ARTIST.name).from(ARTIST).fetch()).containsExactly("joined");
            throw new Boom("roll back");
        })).isInstanceOf(Boom.class);
        assertThat(names()).isEmpty();
    }

    @AllDatabases
    void aSerializableTransactionCommitsLikeAnyOther() {
        db.transaction(TransactionOptions.DEFAULT.withIsolation(Isolation.SERIALIZABLE),
                tx -> tx.insertInto(ARTIST).values(artist("s")).execute());
        assertThat(names()).containsExactly("s");
    }

    @AllDatabases
    void theHandleIsUsableAfterManyTransactions() {
        for (int i = 0; i < 30; i++) {
            int n = i;
            try {
                db.transactionRun(tx -> {
                    tx.insertInto(ARTIST).values(artist("n" + n)).execute();
                    if (n % 2 == 1) {
                        throw new Boom("odd");
                    }
                });
            } catch (Boom expected) {
                // odd ones roll back
            }
        }
        assertThat(db.select(dev.quarry.query.Dsl.count()).from(ARTIST).fetchOne()).isEqualTo(15L);
    }
}
