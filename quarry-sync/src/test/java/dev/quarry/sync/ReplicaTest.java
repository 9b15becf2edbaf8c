package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.fixtures.Account;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Dsl;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite replica of a PostgreSQL primary: the bootstrap copies the tables, each sync moves the copy to the
 * primary's current state, transactions that commit late are not skipped, and a sync never shows half a
 * transaction.
 */
class ReplicaTest {
    @TempDir
    Path dir;

    private Quarry primary(TestDb t) {
        Quarry db = t.use(ARTIST, ALBUM, ACCOUNT);
        SyncPrimary.install(db, List.of(ARTIST, ALBUM, ACCOUNT));
        return db;
    }

    private static List<Artist> artists(Quarry db) {
        return db.selectFrom(ARTIST).orderBy(ARTIST.id.asc()).fetch();
    }

    private static List<Album> albums(Quarry db) {
        return db.selectFrom(ALBUM).orderBy(ALBUM.id.asc()).fetch();
    }

    @OnDatabases(TestTarget.POSTGRES)
    void theBootstrapCopiesTheTablesAndEachSyncBringsInsertsUpdatesAndDeletes(TestDb t) {
        Quarry primary = primary(t);
        primary.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute();
        long cave = primary.select(ARTIST.id).from(ARTIST).fetchOne();
        primary.insertInto(ALBUM).values(new Album(1, cave, "Murder Ballads", LocalDate.of(1996, 2, 5),
                new BigDecimal("9.99"))).execute();
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST, ALBUM))) {
            Quarry local = replica.local();
            assertThat(artists(local)).isEqualTo(artists(primary));
            assertThat(albums(local)).isEqualTo(albums(primary));
            assertThat(replica.sync().nothingChanged()).isTrue();

            primary.insertInto(ARTIST).values(new Artist(0, "PJ Harvey", "UK")).execute();
            primary.update(ALBUM).set(ALBUM.price, new BigDecimal("7.50")).execute();
            primary.deleteFrom(ARTIST).where(ARTIST.name.eq("PJ Harvey")).execute(); // inserted and gone: absent
            primary.insertInto(ARTIST).values(new Artist(0, "Björk", "IS")).execute();
            SyncResult r = replica.sync();
            assertThat(r).isEqualTo(new SyncResult(2, 0)); // Björk and the album; PJ Harvey never existed here
            assertThat(artists(local)).isEqualTo(artists(primary));
            assertThat(albums(local)).isEqualTo(albums(primary));

            primary.deleteFrom(ALBUM).execute();
            assertThat(replica.sync()).isEqualTo(new SyncResult(0, 1));
            assertThat(albums(local)).isEmpty();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void rowsThatTradedUniqueValuesInOneTransactionAreApplied(TestDb t) {
        Quarry primary = primary(t);
        primary.insertInto(ARTIST).values(List.of(new Artist(0, "x", null), new Artist(0, "y", null))).execute();
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            primary.transactionRun(tx -> { // artist.name is unique: swapped through a third value
                tx.update(ARTIST).set(ARTIST.name, "tmp").where(ARTIST.name.eq("x")).execute();
                tx.update(ARTIST).set(ARTIST.name, "x").where(ARTIST.name.eq("y")).execute();
                tx.update(ARTIST).set(ARTIST.name, "y").where(ARTIST.name.eq("tmp")).execute();
            });
            assertThat(replica.sync().upserted()).isEqualTo(2);
            assertThat(artists(replica.local())).isEqualTo(artists(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aTruncateOnThePrimaryEmptiesTheLocalTableAndRowsWrittenAfterItArrive(TestDb t) {
        Quarry primary = primary(t);
        primary.insertInto(ARTIST).values(List.of(new Artist(0, "x", null), new Artist(0, "y", null))).execute();
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST));
             Replica filtered = Replica.open(dir.resolve("filtered.db"), primary, List.of(ARTIST),
                     ReplicaOptions.DEFAULTS.where(ARTIST, ARTIST.name.ne("y")))) {
            primary.sql("TRUNCATE artist CASCADE").execute();
            primary.insertInto(ARTIST).values(List.of(new Artist(0, "y", null), new Artist(0, "z", null))).execute();
            assertThat(replica.sync()).isEqualTo(new SyncResult(2, 2));
            assertThat(artists(replica.local())).isEqualTo(artists(primary));
            filtered.sync();
            assertThat(artists(filtered.local())).extracting(Artist::name).containsExactly("z");
            primary.insertInto(ARTIST).values(new Artist(0, "after", null)).execute();
            assertThat(replica.sync()).as("incremental again").isEqualTo(new SyncResult(1, 0));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aTransactionThatCommitsAfterALaterOneIsNotSkipped(TestDb t) throws Exception {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            Connection early = t.jdbc();
            Connection late = t.jdbc();
            early.setAutoCommit(false);
            late.setAutoCommit(false);
            try (Statement e = early.createStatement(); Statement l = late.createStatement()) {
                e.executeUpdate("INSERT INTO artist (name) VALUES ('early')"); // takes its xid and id first
                l.executeUpdate("INSERT INTO artist (name) VALUES ('late')");
                late.commit();
                replica.sync();
                assertThat(artists(replica.local())).extracting(Artist::name).containsExactly("late");
                early.commit(); // a lower xid and a lower id than 'late', committed after the cursor moved past both
                replica.sync();
                assertThat(artists(replica.local())).extracting(Artist::name).containsExactly("early", "late");
            }
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aSyncNeverShowsHalfATransaction(TestDb t) throws Exception {
        Quarry primary = primary(t);
        primary.insertInto(ACCOUNT).values(List.of(new Account(1, "a", 500), new Account(2, "b", 500))).execute();
        AtomicBoolean run = new AtomicBoolean(true);
        Thread transfers = new Thread(() -> {
            long i = 0;
            while (run.get()) {
                long amount = ++i % 7;
                long from = i % 2 == 0 ? 1 : 2;
                primary.transactionRun(tx -> {
                    tx.update(ACCOUNT).set(ACCOUNT.balance, ACCOUNT.balance.minus(amount))
                            .where(ACCOUNT.id.eq(from)).execute();
                    tx.update(ACCOUNT).set(ACCOUNT.balance, ACCOUNT.balance.plus(amount))
                            .where(ACCOUNT.id.eq(3 - from)).execute();
                });
            }
        });
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ACCOUNT))) {
            transfers.start();
            int moved = 0;
            for (int i = 0; i < 40; i++) {
                moved += replica.sync().upserted();
                long total = replica.local().select(Dsl.sumLong(ACCOUNT.balance)).from(ACCOUNT).fetchOne();
                assertThat(total).as("the ledger's total after sync %d", i).isEqualTo(1000);
            }
            assertThat(moved).as("the syncs saw transfers").isPositive();
            run.set(false);
            transfers.join();
            replica.sync();
            assertThat(replica.local().selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                    .isEqualTo(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch());
        } finally {
            run.set(false);
            transfers.join();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aWatchOnTheReplicaSeesWhatASyncApplies(TestDb t) throws Exception {
        Quarry primary = primary(t);
        try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST))) {
            BlockingQueue<List<Artist>> seen = new LinkedBlockingQueue<>();
            try (var live = replica.local().watch(replica.local().selectFrom(ARTIST)).listen(seen::add, e -> { })) {
                assertThat(seen.poll(20, TimeUnit.SECONDS)).isEmpty();
                primary.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute();
                replica.sync();
                assertThat(seen.poll(20, TimeUnit.SECONDS)).extracting(Artist::name).containsExactly("Nick Cave");
            }
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aReplicaOpenedAgainGoesOnFromItsCursor(TestDb t) {
        Quarry primary = primary(t);
        Path file = dir.resolve("replica.db");
        primary.insertInto(ARTIST).values(new Artist(0, "first", null)).execute();
        try (Replica replica = Replica.open(file, primary, List.of(ARTIST))) {
            assertThat(artists(replica.local())).hasSize(1);
        }
        primary.insertInto(ARTIST).values(new Artist(0, "second", null)).execute();
        try (Replica replica = Replica.open(file, primary, List.of(ARTIST))) {
            assertThat(artists(replica.local())).as("no new bootstrap").hasSize(1);
            assertThat(replica.sync()).isEqualTo(new SyncResult(1, 0));
            assertThat(artists(replica.local())).isEqualTo(artists(primary));
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aTableWithoutCaptureIsRefusedWithTheFix(TestDb t) {
        Quarry primary = t.use(ARTIST, ALBUM, TRACK); // track: never captured in this class
        assertThatThrownBy(() -> Replica.open(dir.resolve("replica.db"), primary, List.of(TRACK)))
                .isInstanceOf(MisuseException.class).hasMessageContaining("SyncPrimary.install");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aPrimaryThatIsNeitherPostgresNorSqliteIsRefused(TestDb t) {
        Quarry primary = t.use(ARTIST);
        assertThatThrownBy(() -> SyncPrimary.install(primary, List.of(ARTIST)))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("PostgreSQL or SQLite")
                .hasMessageContaining("MariaDB");
        assertThatThrownBy(() -> Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST)))
                .isInstanceOf(UnsupportedFeatureException.class);
    }
}
