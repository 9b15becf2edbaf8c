package dev.quarry.examples.docs;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.spi.StatementKind;
import dev.quarry.examples.chinook.Album;
import dev.quarry.examples.chinook.Artist;
import dev.quarry.examples.chinook.ChinookRelations;
import dev.quarry.examples.chinook.ChinookScopes;
import dev.quarry.examples.chinook.Employee;
import dev.quarry.examples.chinook.LoadReport;
import dev.quarry.examples.chinook.Track;
import dev.quarry.query.Tuple2;
import dev.quarry.relation.Include;
import dev.quarry.relation.Loader;
import dev.quarry.relation.ManyToOne;
import dev.quarry.relation.OneToMany;
import dev.quarry.relation.Relation;
import dev.quarry.relation.StatementCounter;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.IdentityHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the examples of docs/relations.md, as written there, on every database over the Chinook data. A change to a
 * snippet in the doc belongs here too, and the other way round.
 */
class RelationsExamplesTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();

    // ---- "Declaring relations", as written ----
    public static final OneToMany<Artist, Album> ARTIST_ALBUMS = Relation.oneToMany(ARTIST, ALBUM);
    public static final OneToMany<Album, Track>  ALBUM_TRACKS  = Relation.oneToMany(ALBUM, TRACK);
    public static final ManyToOne<Track, Album>  TRACK_ALBUM   = Relation.manyToOne(TRACK, ALBUM);
    public static final ManyToOne<Album, Artist> ALBUM_ARTIST  = Relation.manyToOne(ALBUM, ARTIST);
    // a self-reference: Employee.ReportsTo names another employee
    public static final OneToMany<Employee, Employee> EMPLOYEE_REPORTS =
            Relation.oneToMany(EMPLOYEE, EMPLOYEE, EMPLOYEE.reportsTo);
    public static final ManyToOne<Employee, Employee> EMPLOYEE_MANAGER = EMPLOYEE_REPORTS.inverse();

    record AlbumWithTracks(Album album, List<Track> tracks) {}
    record ArtistWithAlbums(Artist artist, List<AlbumWithTracks> albums) {}
    record AlbumWithArtist(Album album, Artist artist) {}
    record TrackWithAlbum(Track track, AlbumWithArtist album) {}

    /** The doc's two-level include, which its transaction example uses again. */
    private static Include<Artist, List<AlbumWithTracks>> albumsWithTracks() {
        Include<Artist, List<AlbumWithTracks>> albumsWithTracks = ARTIST_ALBUMS.children()
                .orderBy(ALBUM.title.asc())
                .with(ALBUM_TRACKS.children().orderBy(TRACK.milliseconds.desc()), AlbumWithTracks::new);
        return albumsWithTracks;
    }

    @AllDatabases
    void theDeclaredRelationsFollowTheSameForeignKeysAsChinookRelations(TestDb t) {
        assertThat(ARTIST_ALBUMS.foreignKey()).isEqualTo(ChinookRelations.ARTIST_ALBUMS.foreignKey());
        assertThat(ALBUM_TRACKS.foreignKey()).isEqualTo(ChinookRelations.ALBUM_TRACKS.foreignKey());
        assertThat(TRACK_ALBUM.foreignKey()).isEqualTo(ChinookRelations.TRACK_ALBUM.foreignKey());
        assertThat(ALBUM_ARTIST.foreignKey()).isEqualTo(ChinookRelations.ALBUM_ARTIST.foreignKey());
        assertThat(EMPLOYEE_MANAGER.foreignKey()).isEqualTo(ChinookRelations.EMPLOYEE_MANAGER.foreignKey());
        assertThat(EMPLOYEE_MANAGER.from()).isSameAs(EMPLOYEE);
    }

    @AllDatabases
    void aTableWithoutAForeignKeyToTheParentCannotBeItsChild(TestDb t) {
        assertThatThrownBy(() -> Relation.oneToMany(ARTIST, GENRE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table 'Genre' has no foreign key to 'Artist'; declare one with @References on the"
                        + " child record");
    }

    @AllDatabases
    void acdcsAlbumsLoadWithTheirTracks(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);

        List<AlbumWithTracks> albums = Loader.on(db).fetch(
                db.selectFrom(ALBUM).where(ALBUM.artistId.eq(1L)),      // the top query: any select of the parent table
                ALBUM_TRACKS.children(),                                 // Include<Album, List<Track>>
                AlbumWithTracks::new);                                   // (Album, List<Track>) -> AlbumWithTracks

        assertThat(albums).extracting(a -> a.album().title(), a -> a.tracks().size()).containsExactly(
                tuple("For Those About To Rock We Salute You", 10), tuple("Let There Be Rock", 8));
        assertThat(albums.get(1).tracks()).extracting(Track::trackId).isSorted();
    }

    @AllDatabases
    void everyArtistLoadsWithAlbumsAndTracksInThreeStatements(TestDb t) {
        ChinookScopes.loaded(t, LOADS);
        StatementCounter counter = new StatementCounter();
        Quarry db = t.open(QuarrySettings.builder().onStatement(counter).build());

        Include<Artist, List<AlbumWithTracks>> albumsWithTracks = ARTIST_ALBUMS.children()
                .orderBy(ALBUM.title.asc())
                .with(ALBUM_TRACKS.children().orderBy(TRACK.milliseconds.desc()), AlbumWithTracks::new);

        List<ArtistWithAlbums> artists = Loader.on(db).fetch(
                db.selectFrom(ARTIST).orderBy(ARTIST.name.asc()), albumsWithTracks, ArtistWithAlbums::new);

        assertThat(counter.count()).isEqualTo(3);
        assertThat(artists).hasSize(275).extracting(a -> a.artist().name())
                .startsWith("A Cor Do Som", "AC/DC", "Aaron Copland & London Symphony Orchestra");
        assertThat(artists.stream().filter(a -> a.albums().isEmpty())).hasSize(71);
        assertThat(artists.stream().mapToLong(a -> a.albums().size()).sum()).isEqualTo(347);
        assertThat(artists.stream().flatMap(a -> a.albums().stream()).mapToLong(a -> a.tracks().size()).sum())
                .isEqualTo(3503);
        assertThat(artists.get(1).albums()).extracting(a -> a.album().title())
                .containsExactly("For Those About To Rock We Salute You", "Let There Be Rock");
        assertThat(artists).allSatisfy(a -> a.albums().forEach(album -> assertThat(album.tracks())
                .extracting(Track::milliseconds).isSortedAccordingTo((x, y) -> Long.compare(y, x))));
    }

    @AllDatabases
    void everyAlbumLoadsWithItsThreeLongestTracks(TestDb t) {
        ChinookScopes.loaded(t, LOADS);
        StatementCounter counter = new StatementCounter();
        Quarry db = t.open(QuarrySettings.builder().onStatement(counter).build());

        List<AlbumWithTracks> longest = Loader.on(db).fetch(
                db.selectFrom(ALBUM).orderBy(ALBUM.albumId.asc()),
                ALBUM_TRACKS.children().orderBy(TRACK.milliseconds.desc()).limit(3),   // at most 3 per album
                AlbumWithTracks::new);
        // 347 albums, 2 statements; "Let There Be Rock" (album 4) keeps "Overdose", "Let There Be Rock", "Go Down"

        assertThat(counter.count()).isEqualTo(2);
        assertThat(longest).hasSize(347);
        assertThat(longest.get(3).tracks()).extracting(Track::name)
                .containsExactly("Overdose", "Let There Be Rock", "Go Down");
        Comparator<Track> longestFirst = Comparator.comparingLong(Track::milliseconds).reversed()
                .thenComparingLong(Track::trackId);
        List<AlbumWithTracks> everything = Loader.on(db).fetch(db.selectFrom(ALBUM).orderBy(ALBUM.albumId.asc()),
                ALBUM_TRACKS.children(), AlbumWithTracks::new);
        for (int i = 0; i < everything.size(); i++) {
            assertThat(longest.get(i).tracks()).as(everything.get(i).album().title()).containsExactlyElementsOf(
                    everything.get(i).tracks().stream().sorted(longestFirst).limit(3).toList());
        }
    }

    @AllDatabases
    void jazzTracksLoadTheirAlbumAndItsArtist(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);

        List<TrackWithAlbum> jazz = Loader.on(db).fetch(
                db.selectFrom(TRACK).where(TRACK.genreId.eq(2L)),       // genre 2 is Jazz: 130 tracks on 13 albums
                TRACK_ALBUM.parent().with(ALBUM_ARTIST.parent(), AlbumWithArtist::new),
                TrackWithAlbum::new);

        assertThat(jazz).hasSize(130).allSatisfy(tr -> {
            assertThat(tr.album().album().albumId()).isEqualTo(tr.track().albumId());
            assertThat(tr.album().artist().artistId()).isEqualTo(tr.album().album().artistId());
        });
        Map<AlbumWithArtist, Boolean> shared = new IdentityHashMap<>();
        jazz.forEach(tr -> shared.put(tr.album(), true));
        assertThat(shared).hasSize(13);
    }

    @AllDatabases
    void theGeneralManagerLoadsWithTheReportsWhoseTitleNamesSales(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);

        List<Tuple2<Employee, List<Employee>>> teams = Loader.on(db).fetch(
                db.selectFrom(EMPLOYEE).where(EMPLOYEE.reportsTo.isNull()).orderBy(EMPLOYEE.employeeId.asc()),
                EMPLOYEE_REPORTS.children().where(EMPLOYEE.title.contains("Sales")),
                Tuple2::new);

        assertThat(teams).hasSize(1);
        assertThat(teams.get(0).v1().lastName()).isEqualTo("Adams");
        assertThat(teams.get(0).v2()).extracting(Employee::firstName, Employee::lastName, Employee::title)
                .containsExactly(tuple("Nancy", "Edwards", "Sales Manager"));
        assertThat(Loader.on(db).load(teams.get(0).v2(), EMPLOYEE_MANAGER.parent()))
                .containsExactly(teams.get(0).v1());
    }

    @AllDatabases
    void aTransactionGivesEveryLevelOneSnapshot(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        Include<Artist, List<AlbumWithTracks>> albumsWithTracks = albumsWithTracks();

        List<ArtistWithAlbums> snapshot = db.transaction(tx -> Loader.on(tx).fetch(
                tx.selectFrom(ARTIST).where(ARTIST.name.startsWith("Iron")), albumsWithTracks, ArtistWithAlbums::new));

        assertThat(snapshot).extracting(a -> a.artist().name()).containsExactly("Iron Maiden");
        assertThat(snapshot.get(0).albums()).hasSize(21);
    }

    @AllDatabases
    void aStatementListenerCountsTheSelects(TestDb t) {
        ChinookScopes.loaded(t, LOADS);
        String url = t.url();

        AtomicInteger selects = new AtomicInteger();
        Quarry db = Quarry.open(url, QuarrySettings.builder()
                .onStatement(event -> { if (event.kind() == StatementKind.QUERY) selects.incrementAndGet(); })
                .build());

        try (db) {
            Loader.on(db).fetch(db.selectFrom(ALBUM).where(ALBUM.artistId.eq(1L)), ALBUM_TRACKS.children(),
                    AlbumWithTracks::new);
            db.transactionRun(tx -> tx.update(ARTIST).set(ARTIST.name, "AC/DC").where(ARTIST.artistId.eq(1L))
                    .execute());
        }
        assertThat(selects).hasValue(2);
    }
}
