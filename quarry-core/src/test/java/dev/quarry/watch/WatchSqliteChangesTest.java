package dev.quarry.watch;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.ResourceCounts;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * On SQLite a watch also sees what Quarry's statements do not report: other connections, other Quarry handles and
 * other processes on the same file (PRAGMA data_version), and rows written on Quarry's writer by triggers and by
 * hand-written SQL on a lent connection (the writer's update hook).
 */
class WatchSqliteChangesTest {
    private static final Duration QUIET = Duration.ofMillis(400);

    private static List<String> names(List<Artist> artists) {
        return artists.stream().map(Artist::name).sorted().toList();
    }

    @OnDatabases(TestTarget.SQLITE)
    void writesByAnotherConnectionAndAnotherHandleOnTheFileAreSeen(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Emissions<List<Artist>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(db.selectFrom(ARTIST)))) {
            assertThat(seen.next()).isEmpty();
            try (Statement st = t.jdbc().createStatement()) {
                st.executeUpdate("INSERT INTO artist (name) VALUES ('by jdbc')");
            }
            assertThat(names(seen.next())).containsExactly("by jdbc");
            Quarry other = t.open();
            other.insertInto(ARTIST).values(new Artist(0, "by another handle", null)).execute();
            assertThat(names(seen.next())).containsExactly("by another handle", "by jdbc");
            seen.noneWithin(QUIET);
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void aWriteByAnotherProcessIsSeen(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Emissions<List<Artist>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(db.selectFrom(ARTIST)))) {
            assertThat(seen.next()).isEmpty();
            Path err = Files.createTempFile("child", ".err");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    JdbcWriter.class.getName(), t.url(), "INSERT INTO artist (name) VALUES ('by a child JVM')")
                    .redirectError(err.toFile()).start();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(Files.readString(err)).isZero();
            assertThat(names(seen.next())).containsExactly("by a child JVM");
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void aTriggersWriteToASecondTableAndHandWrittenSqlOnTheWriterAreSeen(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        db.sql("CREATE TRIGGER first_album AFTER INSERT ON artist BEGIN "
                + "INSERT INTO album (artist_id, title, price) VALUES (NEW.id, 'Debut', 1); END").execute();
        try {
            Emissions<List<Album>> albums = new Emissions<>();
            try (var live = albums.listen(db.watch(db.selectFrom(ALBUM)))) {
                assertThat(albums.next()).isEmpty();
                db.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute(); // names only artist
                assertThat(albums.next()).extracting(Album::title).containsExactly("Debut");
                db.withConnection(ConnectionAccess.WRITE, c -> {
                    try (Statement st = c.createStatement()) {
                        return st.executeUpdate("UPDATE album SET title = 'Renamed'");
                    }
                });
                assertThat(albums.next()).extracting(Album::title).containsExactly("Renamed");
                albums.noneWithin(QUIET);
            }
        } finally {
            db.sql("DROP TRIGGER first_album").execute();
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void whenTheLastWatchEndsItsPollerEndsAndOtherWritesAreNoLongerRead(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Emissions<List<Artist>> seen = new Emissions<>();
        Emissions<List<Album>> albums = new Emissions<>();
        var first = seen.listen(db.watch(db.selectFrom(ARTIST)));
        var second = albums.listen(db.watch(db.selectFrom(ALBUM).where(ALBUM.title.eq("x"))));
        seen.next();
        albums.next();
        assertThat(db.platform().resources().backgroundTasks()).isOne();
        first.close();
        assertThat(db.platform().resources().backgroundTasks()).as("the other watch still needs it").isOne();
        second.close();
        second.close();
        assertThat(db.platform().resources()).isEqualTo(ResourceCounts.NONE);
        try (Statement st = t.jdbc().createStatement()) {
            st.executeUpdate("INSERT INTO artist (name) VALUES ('unwatched')");
        }
        seen.noneWithin(QUIET);
    }

    @OnDatabases(TestTarget.SQLITE)
    void reRunsReadOnReadersWhileAWriterTransactionIsOpen(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        db.insertInto(ARTIST).values(new Artist(0, "committed", null)).execute();
        Emissions<List<Artist>> seen = new Emissions<>();
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                db.transactionRun(tx -> {
                    tx.insertInto(ARTIST).values(new Artist(0, "uncommitted", null)).execute();
                    writing.countDown();
                    release.await();
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var live = seen.listen(db.watch(db.selectFrom(ARTIST), WatchOptions.DEFAULTS.emitUnchanged()))) {
            assertThat(names(seen.next())).containsExactly("committed");
            writer.start();
            writing.await();
            db.announceChanges(ARTIST); // the writer is held: the re-run must not need it
            assertThat(names(seen.next())).as("read on a reader, the open transaction unseen")
                    .containsExactly("committed");
            release.countDown();
            assertThat(names(seen.next())).containsExactly("committed", "uncommitted");
        } finally {
            release.countDown();
            writer.join();
        }
    }
}
