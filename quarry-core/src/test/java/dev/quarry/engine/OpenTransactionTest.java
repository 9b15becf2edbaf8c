package dev.quarry.engine;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.OpenTransaction;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The split form of a transaction ({@code Quarry.beginTransaction}), as a framework's transaction manager drives
 * it: begun in one call, bound to the thread, ended in another; suspended and resumed around a "requires new".
 */
class OpenTransactionTest {

    private static List<String> names(Quarry db) {
        return db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
    }

    private static void insert(Quarry db, String name) {
        db.insertInto(ARTIST).values(new Artist(0, name, null)).execute();
    }

    @AllDatabases
    void callsOnTheDatabaseJoinItUntilItCommitsAndNothingIsSeenElsewhereBefore(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST);
        List<String> log = new ArrayList<>();
        OpenTransaction tx = db.beginTransaction(TransactionOptions.DEFAULT);
        insert(db, "a");
        db.transactionRun(inner -> insert(db, "b"));                 // a savepoint of it
        tx.transaction().afterCommit(() -> log.add("committed"));
        assertThat(names(db)).containsExactly("a", "b");
        assertThat(CompletableFuture.supplyAsync(() -> names(db)).get()).as("another thread").isEmpty();
        tx.commit();
        assertThat(log).containsExactly("committed");
        assertThat(CompletableFuture.supplyAsync(() -> names(db)).get()).containsExactly("a", "b");
    }

    @AllDatabases
    void aRollbackUndoesItAndSoDoesRollbackOnlyAtCommit(TestDb t) {
        Quarry db = t.use(ARTIST);
        OpenTransaction tx = db.beginTransaction(TransactionOptions.DEFAULT);
        insert(db, "undone");
        tx.rollback();
        OpenTransaction marked = db.beginTransaction(TransactionOptions.DEFAULT);
        insert(db, "undone too");
        marked.transaction().setRollbackOnly();
        marked.commit();
        assertThat(names(db)).isEmpty();
        assertThat(db.platform().resources().anyOpen()).isFalse();
    }

    @AllDatabases
    void aReadOnlyOneRefusesWritesAndAnEndedOneIsMisuse(TestDb t) {
        Quarry db = t.use(ARTIST);
        OpenTransaction ro = db.beginTransaction(TransactionOptions.READ_ONLY);
        assertThat(ro.transaction().isReadOnly()).isTrue();
        assertThatThrownBy(() -> insert(db, "x")).isInstanceOf(MisuseException.class)
                .hasMessageContaining("read-only");
        ro.commit();
        assertThatThrownBy(ro::commit).isInstanceOf(MisuseException.class).hasMessageContaining("ended");
    }

    @AllDatabases
    void aSecondBeginOnTheThreadIsRefusedAndSoIsAnEndFromAnotherThread(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST);
        OpenTransaction tx = db.beginTransaction(TransactionOptions.DEFAULT);
        assertThatThrownBy(() -> db.beginTransaction(TransactionOptions.DEFAULT))
                .isInstanceOf(MisuseException.class).hasMessageContaining("already runs on this thread");
        Throwable other = CompletableFuture.runAsync(tx::commit).handle((v, e) -> e).get();
        assertThat(other).hasCauseInstanceOf(MisuseException.class);
        tx.rollback();
    }

    @AllDatabases
    void whileSuspendedAReadOnlyOneRunsBesideItAndAReadWriteOneOnlyWhereThereIsASecondWriter(TestDb t) {
        Quarry db = t.use(ARTIST);
        OpenTransaction outer = db.beginTransaction(TransactionOptions.DEFAULT);
        insert(db, "outer");
        outer.suspend();
        OpenTransaction reader = db.beginTransaction(TransactionOptions.READ_ONLY);
        assertThat(names(db)).as("the suspended write is not committed").isEmpty();
        reader.commit();
        if (db.capabilities().embedded()) {
            assertThatThrownBy(() -> db.beginTransaction(TransactionOptions.DEFAULT))
                    .isInstanceOf(MisuseException.class).hasMessageContaining("single writer");
        } else {
            OpenTransaction inner = db.beginTransaction(TransactionOptions.DEFAULT);
            insert(db, "inner");
            inner.commit();
        }
        assertThatThrownBy(outer::commit).isInstanceOf(MisuseException.class).hasMessageContaining("resume");
        outer.resume();
        insert(db, "outer again");
        outer.commit();
        assertThat(names(db)).containsAnyOf("outer", "outer again").doesNotContain("x");
        assertThat(names(db)).hasSize(db.capabilities().embedded() ? 2 : 3);
        assertThat(db.platform().resources().anyOpen()).isFalse();
    }

    // A name no other test of the class writes: on MariaDB, inserting a unique value whose deleted row InnoDB has
    // not purged yet takes a shared next-key lock, which blocks other transactions' inserts into the gap before it
    // (https://dev.mysql.com/doc/refman/8.0/en/innodb-locks-set.html, on duplicate-key checks).
    @AllDatabases
    void whileSuspendedAWriteOutsideItRunsOnItsOwnWhereThereIsASecondWriterAndIsRefusedAtOnceOnSqlite(TestDb t) {
        Quarry db = t.use(ARTIST);
        OpenTransaction outer = db.beginTransaction(TransactionOptions.DEFAULT);
        insert(db, "suspended");
        outer.suspend();
        try {
            if (db.capabilities().embedded()) {
                assertThatThrownBy(() -> insert(db, "refused")).isInstanceOf(MisuseException.class)
                        .hasMessageContaining("single writer").hasMessageContaining("NOT_SUPPORTED");
                assertThatThrownBy(() -> db.transactionRun(tx -> insert(db, "refused too")))
                        .isInstanceOf(MisuseException.class).hasMessageContaining("single writer");
            } else {
                insert(db, "beside");
            }
            assertThat(names(db)).as("reads outside it work").containsExactlyElementsOf(
                    db.capabilities().embedded() ? List.of() : List.of("beside"));
        } finally {
            outer.resume();
            outer.commit();
        }
        assertThat(names(db)).hasSize(db.capabilities().embedded() ? 1 : 2).contains("suspended");
        assertThat(db.platform().resources().anyOpen()).isFalse();
    }

    @AllDatabases
    void aSavepointRolledBackDropsTheAfterCommitCallbacksOfTheBodiesInsideItAndKeepsItsAfterRollbackOnes(TestDb t) {
        Quarry db = t.use(ARTIST);
        List<String> log = new ArrayList<>();
        OpenTransaction tx = db.beginTransaction(TransactionOptions.DEFAULT);
        insert(db, "savepoints around");
        OpenTransaction.Savepoint undone = tx.savepoint();
        db.transactionRun(inner -> {
            insert(db, "undone");
            inner.afterCommit(() -> log.add("undone: after commit"));
            inner.afterRollback(() -> log.add("undone: after rollback"));
        });
        undone.rollback();
        OpenTransaction.Savepoint kept = tx.savepoint();
        OpenTransaction.Savepoint innerKept = tx.savepoint();
        db.transactionRun(inner -> {
            insert(db, "kept");
            inner.afterCommit(() -> log.add("kept: after commit"));
        });
        assertThatThrownBy(kept::release).as("out of order").isInstanceOf(MisuseException.class)
                .hasMessageContaining("reverse order");
        innerKept.release();
        kept.release();
        assertThatThrownBy(kept::rollback).isInstanceOf(MisuseException.class).hasMessageContaining("ended");
        assertThat(log).isEmpty();
        tx.commit();
        assertThat(names(db)).containsExactly("kept", "savepoints around");
        assertThat(log).containsExactlyInAnyOrder("kept: after commit", "undone: after rollback");
    }
}
