package dev.quarry.watch;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.ResourceCounts;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * On PostgreSQL and MariaDB a watch sees every committed write to its tables, whoever made it: on PostgreSQL
 * statement-level triggers NOTIFY one LISTEN connection per handle, on MariaDB row triggers count writes in a change
 * table one connection per handle polls. The triggers exist only while someone watches, and are removed after a
 * watching process is killed.
 */
class WatchServerChangesTest {
    private static final Duration QUIET = Duration.ofMillis(400);

    private static List<String> names(List<Artist> artists) {
        return artists.stream().map(Artist::name).sorted().toList();
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void writesByAPlainJdbcConnectionAnotherHandleAndATriggerAreSeen(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Emissions<List<Artist>> artists = new Emissions<>();
        Emissions<List<Album>> albums = new Emissions<>();
        try (var a = artists.listen(db.watch(db.selectFrom(ARTIST)));
             var b = albums.listen(db.watch(db.selectFrom(ALBUM)))) {
            assertThat(artists.next()).isEmpty();
            assertThat(albums.next()).isEmpty();
            Connection jdbc = t.jdbc();
            try (Statement st = jdbc.createStatement()) {
                st.executeUpdate("INSERT INTO artist (name) VALUES ('by jdbc')");
            }
            assertThat(names(artists.next())).containsExactly("by jdbc");
            t.open().insertInto(ARTIST).values(new Artist(0, "by another handle", null)).execute();
            assertThat(names(artists.next())).containsExactly("by another handle", "by jdbc");
            String insertAlbum = "INSERT INTO album (id, artist_id, title, price) VALUES (NEW.id, NEW.id, 'Debut', 1)";
            try (Statement st = jdbc.createStatement()) {
                if (t.is(TestTarget.POSTGRES)) {
                    st.execute("CREATE FUNCTION first_album() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                            + insertAlbum + "; RETURN NULL; END $$");
                    st.execute("CREATE TRIGGER first_album AFTER INSERT ON artist FOR EACH ROW "
                            + "EXECUTE FUNCTION first_album()");
                } else {
                    st.execute("CREATE TRIGGER first_album AFTER INSERT ON artist FOR EACH ROW " + insertAlbum);
                }
            }
            try {
                db.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute(); // names only artist
                assertThat(albums.next()).extracting(Album::title).containsExactly("Debut");
            } finally {
                try (Statement st = jdbc.createStatement()) {
                    if (t.is(TestTarget.POSTGRES)) {
                        st.execute("DROP TRIGGER first_album ON artist");
                        st.execute("DROP FUNCTION first_album()");
                    } else {
                        st.execute("DROP TRIGGER first_album");
                    }
                }
            }
        }
        assertThat(triggers(t)).as("no watch left, no trigger left").isEmpty();
        assertThat(db.platform().resources()).isEqualTo(ResourceCounts.NONE);
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aKilledListenerConnectionIsReopenedAndEveryWatchReRuns(TestDb t) throws Exception {
        t.use(ARTIST, ALBUM);
        List<String> reported = new CopyOnWriteArrayList<>();
        Quarry db = t.open(QuarrySettings.builder().onCallbackError((s, e) -> reported.add(s)).build());
        Emissions<List<Artist>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(db.selectFrom(ARTIST)))) {
            assertThat(seen.next()).isEmpty();
            Connection jdbc = t.jdbc();
            try (Statement st = jdbc.createStatement()) {
                killListener(t, st);
                st.executeUpdate("INSERT INTO artist (name) VALUES ('while nobody listened')");
            }
            assertThat(names(seen.next())).containsExactly("while nobody listened");
            try (Statement st = jdbc.createStatement()) {
                st.executeUpdate("INSERT INTO artist (name) VALUES ('after')");
            }
            assertThat(names(seen.next())).containsExactly("after", "while nobody listened");
        }
        assertThat(reported).anyMatch(s -> s.contains("of watched queries broke"));
        assertThat(triggers(t)).isEmpty();
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void theTriggersOfAKilledProcessAreRemovedByTheNextWatcher(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WatchingChild.class.getName(), t.url()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as("the child's first line").isEqualTo("watching");
            assertThat(triggers(t)).containsExactly("artist");
            child.destroyForcibly(); // SIGKILL: no close, no cleanup
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        waitForBackendsToEnd(t);
        assertThat(triggers(t)).as("left behind by the killed process").containsExactly("artist");
        Emissions<List<Album>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(db.selectFrom(ALBUM)))) {
            seen.next();
            assertThat(triggers(t)).containsExactly("album");
        }
        assertThat(triggers(t)).isEmpty();
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void aWatchStartedInsideATransactionOutlivesItsRollbackAndLeavesItWhole(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Emissions<List<Artist>> seen = new Emissions<>();
        java.util.concurrent.atomic.AtomicReference<Watch.Listening> live = new java.util.concurrent.atomic
                .AtomicReference<>();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.transactionRun(tx -> {
                tx.insertInto(ARTIST).values(new Artist(0, "rolled back", null)).execute();
                live.set(seen.listen(db.watch(db.selectFrom(ARTIST)))); // installs the triggers
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(db.selectFrom(ARTIST).fetch()).as("the whole transaction rolled back").isEmpty();
            assertThat(seen.next()).isEmpty();
            try (Statement st = t.jdbc().createStatement()) {
                st.executeUpdate("INSERT INTO artist (name) VALUES ('by jdbc')");
            }
            assertThat(names(seen.next())).as("the triggers outlived the rollback").containsExactly("by jdbc");
        } finally {
            if (live.get() != null) {
                live.get().close();
            }
        }
        assertThat(triggers(t)).isEmpty();
    }

    /** Kills the server session of the handle's listener (PostgreSQL) or poller (MariaDB). */
    private static void killListener(TestDb t, Statement st) throws Exception {
        if (t.is(TestTarget.POSTGRES)) {
            st.execute("SELECT pg_terminate_backend(listener_pid) FROM quarry_watch_listener");
            return;
        }
        long id;
        try (ResultSet rs = st.executeQuery("SELECT DISTINCT listener_id FROM quarry_watch_listener")) {
            rs.next();
            id = rs.getLong(1);
        }
        st.execute("KILL CONNECTION " + id);
    }

    /** A killed client's session ends when the server notices the closed socket: wait for its registration's. */
    private static void waitForBackendsToEnd(TestDb t) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String alive = t.is(TestTarget.POSTGRES)
                ? "SELECT count(*) FROM quarry_watch_listener WHERE listener_pid IN (SELECT pid FROM pg_stat_activity)"
                : "SELECT count(*) FROM quarry_watch_listener WHERE listener_id IN "
                        + "(SELECT ID FROM information_schema.PROCESSLIST)";
        try (Statement st = t.jdbc().createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery(alive)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the killed process's backend did not end within 30 s");
    }

    /** The tables that carry Quarry's watch triggers. */
    private static List<String> triggers(TestDb t) throws Exception {
        List<String> tables = new ArrayList<>();
        String sql = t.is(TestTarget.POSTGRES)
                ? "SELECT r.relname FROM pg_trigger g JOIN pg_class r ON r.oid = g.tgrelid "
                        + "WHERE g.tgname = 'quarry_watch' AND r.relnamespace = current_schema()::regnamespace ORDER BY 1"
                : "SELECT DISTINCT EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS "
                        + "WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE 'qw\\_%' ORDER BY 1";
        try (Statement st = t.jdbc().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }
}
