package dev.quarry.engine;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.Subscription;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * "One transaction, whoever started it": with {@code externalTransactions} set, Quarry's statements join a
 * transaction a framework began on a connection of the same DataSource, {@code db.transaction(...)} becomes a
 * savepoint of it, and what waits for a commit waits for that transaction's.
 */
class ExternalTransactionsTest {
    private final List<String> log = new ArrayList<>();

    private record Opened(Quarry db, OuterTransactions outer) {
    }

    private Opened open(TestDb t) throws Exception {
        t.use(ARTIST);
        OuterTransactions outer = new OuterTransactions(UserDataSourceTransactionTest.dataSource(t));
        Quarry db = Quarry.open(UserDataSourceTransactionTest.dataSource(t),
                QuarrySettings.builder().externalTransactions(outer)
                        .onCallbackError((source, e) -> log.add(source + " failed: " + e)).build());
        return new Opened(db, outer);
    }

    private static List<String> names(Quarry db) {
        return db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
    }

    @AllDatabases
    void statementsRunInTheOuterTransactionAndItsRollbackUndoesThem(TestDb t) throws Exception {
        Opened o = open(t);
        try (Quarry db = o.db()) {
            OuterTransactions.Outer tx = o.outer().begin(false);
            db.insertInto(ARTIST).values(new Artist(0, "in outer", null)).execute();
            assertThat(names(db)).as("seen on the outer connection").containsExactly("in outer");
            assertThat(countOn(tx.connection)).isEqualTo(1);
            assertThat(tx.connection.getAutoCommit()).as("Quarry left the connection as lent").isFalse();
            tx.rollback();
            assertThat(names(db)).isEmpty();
        }
    }

    @AllDatabases
    void aTransactionIsASavepointOfTheOuterOneAndAFailedOneUndoesOnlyItself(TestDb t) throws Exception {
        Opened o = open(t);
        try (Quarry db = o.db()) {
            OuterTransactions.Outer tx = o.outer().begin(false);
            db.transactionRun(inner -> inner.insertInto(ARTIST).values(new Artist(0, "kept", null)).execute());
            assertThatThrownBy(() -> db.transactionRun(inner -> {
                inner.insertInto(ARTIST).values(new Artist(0, "undone", null)).execute();
                db.insertInto(ARTIST).values(new Artist(0, "undone too", null)).execute(); // db joins the savepoint
                db.transactionRun(deeper -> deeper.insertInto(ARTIST).values(new Artist(0, "deeper", null)).execute());
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(countOn(tx.connection)).isEqualTo(1);
            tx.commit();
            assertThat(names(db)).containsExactly("kept");
        }
    }

    @AllDatabases
    void callbacksAndChangeEventsWaitForTheOuterCommit(TestDb t) throws Exception {
        Opened o = open(t);
        List<ChangeEvent> events = new ArrayList<>();
        try (Quarry db = o.db(); Subscription s = db.platform().subscribe(events::add)) {
            OuterTransactions.Outer tx = o.outer().begin(false);
            db.transactionRun(inner -> {
                inner.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
                inner.afterCommit(() -> log.add("after commit"));
                inner.afterRollback(() -> log.add("after rollback"));
            });
            db.insertInto(ARTIST).values(new Artist(0, "b", null)).execute();
            assertThat(log).as("nothing before the outer commit").isEmpty();
            assertThat(events).isEmpty();
            tx.commit();
            assertThat(log).containsExactly("after commit");
            assertThat(events).containsOnly(new ChangeEvent(Set.of("artist"), false, false)).isNotEmpty();
        }
    }

    @AllDatabases
    void anOuterRollbackRunsAfterRollbackCallbacksAndTellsNoChange(TestDb t) throws Exception {
        Opened o = open(t);
        List<ChangeEvent> events = new ArrayList<>();
        try (Quarry db = o.db(); Subscription s = db.platform().subscribe(events::add)) {
            OuterTransactions.Outer tx = o.outer().begin(false);
            db.transactionRun(inner -> {
                inner.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
                inner.afterCommit(() -> log.add("after commit"));
                inner.afterRollback(() -> log.add("after rollback"));
            });
            tx.rollback();
            assertThat(log).containsExactly("after rollback");
            assertThat(events).isEmpty();
            assertThat(names(db)).isEmpty();
        }
    }

    @AllDatabases
    void aReadOnlyOuterTransactionRefusesQuarrysWritesAndAReadOnlySavepointInAReadWriteOneIsRefused(TestDb t)
            throws Exception {
        Opened o = open(t);
        try (Quarry db = o.db()) {
            OuterTransactions.Outer ro = o.outer().begin(true);
            assertThatThrownBy(() -> db.insertInto(ARTIST).values(new Artist(0, "x", null)).execute())
                    .isInstanceOf(MisuseException.class).hasMessageContaining("read-only");
            List<Artist> read = db.transaction(TransactionOptions.READ_ONLY, tx -> tx.selectFrom(ARTIST).fetch());
            assertThat(read).isEmpty();
            ro.rollback();
            OuterTransactions.Outer rw = o.outer().begin(false);
            assertThatThrownBy(() -> db.transaction(TransactionOptions.READ_ONLY, tx -> 1))
                    .isInstanceOf(MisuseException.class).hasMessageContaining("savepoint of the read-write");
            rw.rollback();
        }
    }

    /** Not SQLite: two write transactions on two connections of one file wait for each other (SQLITE_BUSY). */
    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aNewOuterTransactionInsideASavepointTakesTheStatementsUntilItEnds(TestDb t) throws Exception {
        Opened o = open(t);
        try (Quarry db = o.db()) {
            OuterTransactions.Outer first = o.outer().begin(false);
            db.transactionRun(inner -> {
                inner.insertInto(ARTIST).values(new Artist(0, "first", null)).execute();
                OuterTransactions.Outer second = o.outer().begin(false);      // "requires new"
                db.insertInto(ARTIST).values(new Artist(0, "second", null)).execute();
                db.transactionRun(tx -> tx.insertInto(ARTIST).values(new Artist(0, "second too", null)).execute());
                assertThat(countOn(second.connection)).isEqualTo(2);
                second.commit();
                db.insertInto(ARTIST).values(new Artist(0, "first again", null)).execute(); // back in the savepoint
            });
            assertThat(countOn(first.connection)).isEqualTo(4); // its own two and the committed two
            first.rollback();
            assertThat(names(db)).containsExactly("second", "second too");
        }
    }

    @AllDatabases
    void withoutAnOuterTransactionQuarryRunsItsOwnAndOutsideOneInsideASavepointToo(TestDb t) throws Exception {
        Opened o = open(t);
        try (Quarry db = o.db()) {
            db.insertInto(ARTIST).values(new Artist(0, "own", null)).execute();
            db.transactionRun(tx -> tx.insertInto(ARTIST).values(new Artist(0, "own tx", null)).execute());
            assertThat(names(db)).containsExactly("own", "own tx");
            OuterTransactions.Outer tx = o.outer().begin(false);
            db.transactionRun(inner -> o.outer().outside(() -> {
                // "not supported" inside a savepoint: autocommitted on a connection of its own
                db.insertInto(ARTIST).values(new Artist(0, "outside", null)).execute();
            }));
            tx.rollback();
            assertThat(names(db)).containsExactly("outside", "own", "own tx");
        }
    }

    @AllDatabases
    void aStreamAndWithConnectionUseTheOuterConnection(TestDb t) throws Exception {
        Opened o = open(t);
        try (Quarry db = o.db()) {
            OuterTransactions.Outer tx = o.outer().begin(false);
            db.insertInto(ARTIST).values(new Artist(0, "streamed", null)).execute();
            try (Stream<Artist> s = db.selectFrom(ARTIST).stream()) {
                assertThat(s.map(Artist::name)).containsExactly("streamed");
            }
            boolean same = db.withConnection(dev.quarry.ConnectionAccess.WRITE,
                    c -> c.unwrap(Connection.class) == tx.connection.unwrap(Connection.class));
            assertThat(same).isTrue();
            tx.rollback();
            assertThat(db.platform().resources().anyOpen()).isFalse();
        }
    }

    @AllDatabases
    void aDatabaseOpenedFromItsUrlRefusesExternalTransactions(TestDb t) throws Exception {
        OuterTransactions outer = new OuterTransactions(UserDataSourceTransactionTest.dataSource(t));
        assertThatThrownBy(() -> Quarry.open(t.url(), QuarrySettings.builder().externalTransactions(outer).build()))
                .isInstanceOf(MisuseException.class).hasMessageContaining("Quarry.open(dataSource, settings)");
    }

    private static int countOn(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM artist")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
