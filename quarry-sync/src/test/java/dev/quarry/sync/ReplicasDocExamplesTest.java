package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Account;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Table;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of docs/replicas.md as written there (the lines between the markers are the doc's, save that
 * the file lives in a temporary directory), with what a reader would check after each. A change to one belongs in
 * the other.
 */
class ReplicasDocExamplesTest {
    @TempDir
    Path dir;

    @OnDatabases(TestTarget.POSTGRES)
    void theFirstExamplesReadLocallySyncAndWriteThrough(TestDb t) {
        Quarry primary = t.use(ARTIST, ALBUM);
        primary.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute();
        long cave = primary.select(ARTIST.id).from(ARTIST).fetchOne();
        Album album = new Album(1, cave, "Murder Ballads", LocalDate.of(1996, 2, 5), new BigDecimal("9.99"));

        // docs/replicas.md: the first example
        SyncPrimary.install(primary, List.of(ARTIST, ALBUM));                  // once, on the primary (idempotent)

        Path file = dir.resolve("replica.db");
        try (Replica replica = Replica.open(file, primary, List.of(ARTIST, ALBUM))) {
            Quarry local = replica.local();                                    // an ordinary Quarry on the local file
            List<Album> albums = local.selectFrom(ALBUM).fetch();              // local reads, no network
            SyncResult r = replica.sync();                                     // what changed since the last sync
            // end of the example
            assertThat(albums).isEmpty();
            assertThat(r.nothingChanged()).isTrue();
            assertThat(local.selectFrom(ARTIST).fetch()).extracting(Artist::name).containsExactly("Nick Cave");

            // docs/replicas.md: writes
            replica.write(tx -> tx.insertInto(ALBUM).values(album).execute());    // one transaction on the primary
            local.selectFrom(ALBUM).fetch();                                       // already holds it: read-your-writes
            // end of the example
            assertThat(local.selectFrom(ALBUM).fetch()).containsExactly(album);
        }
        List<Table<?>> tables = List.of(ARTIST, ALBUM);
        // docs/replicas.md: background sync
        Replica replica = Replica.open(file, primary, tables, ReplicaOptions.DEFAULTS.syncEvery(Duration.ofSeconds(1)));
        // end of the example
        try (replica) {
            assertThat(replica.local().platform().resources().backgroundTasks()).isOne();
            assertThat(replica.local().selectFrom(ALBUM).fetch()).containsExactly(album);
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void thePartialReplicationExampleKeepsOnlyTheFilteredRows(TestDb t) {
        Quarry primary = t.use(ARTIST, ALBUM);
        SyncPrimary.install(primary, List.of(ARTIST, ALBUM));
        primary.insertInto(ARTIST).values(List.of(new Artist(0, "Nick Cave", "AU"), new Artist(0, "Björk", "IS")))
                .execute();
        long cave = primary.select(ARTIST.id).from(ARTIST).where(ARTIST.name.eq("Nick Cave")).fetchOne();
        long bjork = primary.select(ARTIST.id).from(ARTIST).where(ARTIST.name.eq("Björk")).fetchOne();
        primary.insertInto(ALBUM).values(List.of(new Album(1, cave, "Murder Ballads", null, BigDecimal.ONE),
                new Album(2, bjork, "Homogenic", null, BigDecimal.ONE))).execute();
        Path file = dir.resolve("replica.db");

        List<Album> albums;
        List<Artist> artists;
        // docs/replicas.md: partial replication
        ReplicaOptions caves = ReplicaOptions.DEFAULTS.where(ALBUM, ALBUM.artistId.eq(cave));
        try (Replica replica = Replica.open(file, primary, List.of(ARTIST, ALBUM), caves)) {
            replica.local().selectFrom(ALBUM).fetch();                         // Nick Cave's albums; every artist
            // end of the example
            albums = replica.local().selectFrom(ALBUM).fetch();
            artists = replica.local().selectFrom(ARTIST).fetch();
        }
        assertThat(albums).extracting(Album::title).containsExactly("Murder Ballads");
        assertThat(artists).hasSize(2);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void theOfflineExampleQueuesAndPushes(TestDb t) {
        Quarry primary = t.use(ACCOUNT);
        SyncPrimary.install(primary, List.of(ACCOUNT));
        primary.insertInto(ACCOUNT).values(List.of(new Account(1, "ann", 100), new Account(2, "bob", 100))).execute();
        Path file = dir.resolve("replica.db");
        long pending;
        SyncResult pushed;

        // docs/replicas.md: offline writes
        ReplicaOptions offline = ReplicaOptions.DEFAULTS.offlineWrites();
        try (Replica replica = Replica.open(file, primary, List.of(ACCOUNT), offline)) {
            replica.write(tx -> tx.insertInto(ACCOUNT).values(new Account(3, "cy", 5)).execute());  // local, queued
            replica.local().sql("DELETE FROM account WHERE id = 2").execute();                     // queued too
            replica.pendingWrites();                                                               // 2
            SyncResult r = replica.sync();       // pushes both in order, then pulls: r.pushed() == 2
            r.rejected();                        // what the primary refused, if anything
            // end of the example
            pending = replica.pendingWrites();
            pushed = r;
        }
        assertThat(pending).isZero();
        assertThat(pushed.pushed()).isEqualTo(2);
        assertThat(pushed.rejected()).isEmpty();
        assertThat(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                .containsExactly(new Account(1, "ann", 100), new Account(3, "cy", 5));
    }

    @Test
    void theSqlitePrimaryExampleFollowsAFileOnThisHost() {
        List<Album> albums;
        // docs/replicas.md: a SQLite primary
        Quarry primary = Quarry.open("jdbc:sqlite:" + dir.resolve("primary.db"));    // the application's own file
        // end of the example
        try (primary) {
            primary.schema().create(ARTIST, ALBUM);
            primary.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute(); // assigned id 1
            // docs/replicas.md: a SQLite primary, continued
            SyncPrimary.install(primary, List.of(ARTIST, ALBUM));
            try (Replica replica = Replica.open(dir.resolve("replica.db"), primary, List.of(ARTIST, ALBUM))) {
                replica.local().selectFrom(ALBUM).fetch();                                // local reads
                replica.sync();                                                           // what any process wrote since
                // end of the example
                primary.insertInto(ALBUM).values(new Album(1, 1, "Murder Ballads", null, BigDecimal.ONE)).execute();
                replica.sync();
                albums = replica.local().selectFrom(ALBUM).fetch();
            }
        }
        assertThat(albums).extracting(Album::title).containsExactly("Murder Ballads");
    }

    @Test
    void theMigrationExampleWritesStatementsThatEachEndALine() {
        // docs/replicas.md: installing by a migration
        String up = SyncPrimary.installScript("postgresql", List.of(ARTIST.def(), ALBUM.def()));   // or "sqlite"
        String down = SyncPrimary.uninstallScript("postgresql", List.of(ARTIST.def(), ALBUM.def()));
        // end of the example
        assertThat(up).startsWith("-- Quarry sync: change capture on artist, album").contains(
                "CREATE TABLE IF NOT EXISTS quarry_sync_meta",
                "CREATE TRIGGER \"quarry_sync_insert\" AFTER INSERT ON \"artist\"");
        assertThat(down).contains("DROP TABLE IF EXISTS \"quarry_sync_log_album\";\n");
    }
}
