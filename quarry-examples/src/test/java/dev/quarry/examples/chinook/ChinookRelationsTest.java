package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.ChinookRelations.ALBUM_ARTIST;
import static dev.quarry.examples.chinook.ChinookRelations.ALBUM_TRACKS;
import static dev.quarry.examples.chinook.ChinookRelations.ARTIST_ALBUMS;
import static dev.quarry.examples.chinook.ChinookRelations.CUSTOMER_INVOICES;
import static dev.quarry.examples.chinook.ChinookRelations.EMPLOYEE_MANAGER;
import static dev.quarry.examples.chinook.ChinookRelations.EMPLOYEE_REPORTS;
import static dev.quarry.examples.chinook.ChinookRelations.INVOICE_LINES;
import static dev.quarry.examples.chinook.ChinookRelations.PLAYLIST_TRACKS;
import static dev.quarry.examples.chinook.ChinookRelations.PLAYLIST_TRACK_TRACK;
import static dev.quarry.examples.chinook.ChinookRelations.TRACK_ALBUM;
import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.PlaylistTable.PLAYLIST;
import static dev.quarry.examples.chinook.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static dev.quarry.query.Dsl.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.relation.Loader;
import dev.quarry.relation.StatementCounter;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ChinookRelations} on the whole dataset, on every database: nested loads run one SELECT per level (counted
 * through the statement listener) and give what plain joins give; children can be filtered and ordered.
 */
class ChinookRelationsTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();

    record AlbumWithArtist(Album album, Artist artist) {
    }

    record TrackWithAlbum(Track track, AlbumWithArtist album) {
    }

    record EntryWithTrack(PlaylistTrack entry, Track track) {
    }

    record PlaylistWithTracks(Playlist playlist, List<EntryWithTrack> entries) {
    }

    record InvoiceWithLines(Invoice invoice, List<InvoiceLine> lines) {
    }

    record CustomerWithInvoices(Customer customer, List<InvoiceWithLines> invoices) {
    }

    private final StatementCounter counter = new StatementCounter();

    /** A handle on the class's Chinook copy that reports its statements to {@link #counter}. */
    private Quarry counted(TestDb t) {
        ChinookScopes.loaded(t, LOADS);
        return t.open(QuarrySettings.builder().onStatement(counter).build());
    }

    @AllDatabases
    void theWholeCatalogueLoadsAsArtistsAlbumsAndTracksInThreeSelects(TestDb t) {
        Quarry db = counted(t);
        List<ArtistWithAlbums> artists = new ArrayList<>();

        int selects = counter.during(() -> artists.addAll(
                new ChinookCatalogue(db).artists(db.selectFrom(ARTIST).orderBy(ARTIST.artistId.asc()))));

        assertThat(selects).isEqualTo(3);
        assertThat(artists).hasSize(275);
        assertThat(artists.stream().mapToInt(a -> a.albums().size()).sum()).isEqualTo(347);
        assertThat(artists.stream().mapToInt(ArtistWithAlbums::trackCount).sum()).isEqualTo(3503);
        assertThat(artists).isEqualTo(catalogueByJoins(db));
    }

    @AllDatabases
    void smallerChunksRunOneSelectPerChunkAndLoadTheSameCatalogue(TestDb t) {
        Quarry db = counted(t);
        List<ArtistWithAlbums> artists = new ArrayList<>();

        int selects = counter.during(() -> artists.addAll(Loader.on(db).chunkSize(50).fetch(
                db.selectFrom(ARTIST).orderBy(ARTIST.artistId.asc()), ChinookCatalogue.ALBUMS_WITH_TRACKS,
                ArtistWithAlbums::new)));

        // 1 for the artists, ceil(275 artist keys / 50) = 6 for the albums, ceil(347 album keys / 50) = 7 for tracks
        assertThat(selects).isEqualTo(1 + 6 + 7);
        assertThat(artists).isEqualTo(catalogueByJoins(db));
    }

    @AllDatabases
    void childrenAreFilteredAndOrderedInTheDatabase(TestDb t) {
        Quarry db = counted(t);
        List<ArtistWithAlbums> ironMaiden = new ArrayList<>();

        int selects = counter.during(() -> ironMaiden.addAll(Loader.on(db).fetch(
                db.selectFrom(ARTIST).where(ARTIST.name.eq("Iron Maiden")),
                ARTIST_ALBUMS.children()
                        .where(ALBUM.title.startsWith("Live"))
                        .orderBy(ALBUM.title.desc(), ALBUM.albumId.asc())
                        .with(ALBUM_TRACKS.children()
                                .where(TRACK.milliseconds.gt(360_000L))
                                .orderBy(TRACK.milliseconds.desc(), TRACK.trackId.asc()), AlbumWithTracks::new),
                ArtistWithAlbums::new)));

        assertThat(selects).isEqualTo(3);
        List<AlbumWithTracks> albums = ironMaiden.get(0).albums();
        assertThat(albums).extracting(a -> a.album().title())
                .containsExactly("Live At Donington 1992 (Disc 2)", "Live At Donington 1992 (Disc 1)",
                        "Live After Death");
        assertThat(albums).allSatisfy(a -> assertThat(a.tracks())
                .allSatisfy(tr -> assertThat(tr.milliseconds()).isGreaterThan(360_000L))
                .extracting(Track::milliseconds).isSortedAccordingTo((x, y) -> Long.compare(y, x)));
        // The same rows by one join, filtered and ordered the same way.
        List<Tuple2<Album, Track>> joined = db.select(ALBUM, TRACK).from(ALBUM)
                .join(TRACK).on(TRACK.albumId.eq(ALBUM.albumId))
                .where(ALBUM.artistId.eq(90L), ALBUM.title.startsWith("Live"), TRACK.milliseconds.gt(360_000L))
                .orderBy(ALBUM.title.desc(), ALBUM.albumId.asc(), TRACK.milliseconds.desc(), TRACK.trackId.asc())
                .fetch();
        assertThat(albums.stream().flatMap(a -> a.tracks().stream().map(tr -> new Tuple2<>(a.album(), tr))))
                .containsExactlyElementsOf(joined);
    }

    @AllDatabases
    void tracksLoadTheirAlbumAndArtistOncePerDistinctKey(TestDb t) {
        Quarry db = counted(t);
        List<TrackWithAlbum> jazz = new ArrayList<>();

        int selects = counter.during(() -> jazz.addAll(Loader.on(db).fetch(
                db.selectFrom(TRACK).where(TRACK.genreId.eq(2L)).orderBy(TRACK.trackId.asc()),
                TRACK_ALBUM.parent().with(ALBUM_ARTIST.parent(), AlbumWithArtist::new),
                TrackWithAlbum::new)));

        assertThat(selects).isEqualTo(3);
        assertThat(jazz).hasSize(130).allSatisfy(tr -> {
            assertThat(tr.album().album().albumId()).isEqualTo(tr.track().albumId());
            assertThat(tr.album().artist().artistId()).isEqualTo(tr.album().album().artistId());
        });
        Map<AlbumWithArtist, Boolean> distinct = new IdentityHashMap<>();
        jazz.forEach(tr -> distinct.put(tr.album(), true));
        assertThat(distinct).hasSize(13);   // tracks of one album share one object
        List<Tuple3<Long, String, String>> joined = db.select(TRACK.trackId, ALBUM.title, ARTIST.name).from(TRACK)
                .join(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId)).join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .where(TRACK.genreId.eq(2L)).orderBy(TRACK.trackId.asc()).fetch();
        assertThat(jazz).extracting(tr -> new Tuple3<>(tr.track().trackId(), tr.album().album().title(),
                tr.album().artist().name())).isEqualTo(joined);
    }

    @AllDatabases
    void employeesLoadTheirReportsAndManagerThroughTheSelfReference(TestDb t) {
        Quarry db = counted(t);
        List<Tuple2<Employee, List<Employee>>> staff = new ArrayList<>();

        int selects = counter.during(() -> staff.addAll(Loader.on(db).fetch(
                db.selectFrom(EMPLOYEE).orderBy(EMPLOYEE.employeeId.asc()), EMPLOYEE_REPORTS.children(),
                Tuple2::new)));

        assertThat(selects).isEqualTo(2);
        assertThat(staff).extracting(s -> s.v1().employeeId(),
                        s -> s.v2().stream().map(Employee::employeeId).toList())
                .containsExactly(tuple(1L, List.of(2L, 6L)),
                        tuple(2L, List.of(3L, 4L, 5L)),
                        tuple(3L, List.of()),
                        tuple(4L, List.of()),
                        tuple(5L, List.of()),
                        tuple(6L, List.of(7L, 8L)),
                        tuple(7L, List.of()),
                        tuple(8L, List.of()));
        List<Employee> managers = Loader.on(db).load(staff.stream().map(Tuple2::v1).toList(),
                EMPLOYEE_MANAGER.parent());
        assertThat(managers).extracting(m -> m == null ? null : m.lastName())
                .containsExactly(null, "Adams", "Edwards", "Edwards", "Edwards", "Adams", "Mitchell", "Mitchell");
    }

    @AllDatabases
    void aPlaylistLoadsItsEntriesAndTheirTracks(TestDb t) {
        Quarry db = counted(t);
        List<PlaylistWithTracks> playlists = new ArrayList<>();

        int selects = counter.during(() -> playlists.addAll(Loader.on(db).fetch(
                db.selectFrom(PLAYLIST).where(PLAYLIST.playlistId.eq(5L)),
                PLAYLIST_TRACKS.children().with(PLAYLIST_TRACK_TRACK.parent(), EntryWithTrack::new),
                PlaylistWithTracks::new)));

        // 1 playlist, its 1,477 entries, and their 1,477 tracks in ceil(1477 / 500) = 3 chunks
        assertThat(selects).isEqualTo(1 + 1 + 3);
        List<EntryWithTrack> entries = playlists.get(0).entries();
        assertThat(entries).hasSize(1477)
                .allSatisfy(e -> assertThat(e.track().trackId()).isEqualTo(e.entry().trackId()));
        List<Track> joined = db.select(TRACK).from(PLAYLIST_TRACK)
                .join(TRACK).on(TRACK.trackId.eq(PLAYLIST_TRACK.trackId))
                .where(PLAYLIST_TRACK.playlistId.eq(5L)).orderBy(TRACK.trackId.asc()).fetch();
        assertThat(entries).extracting(EntryWithTrack::track).isEqualTo(joined);
    }

    @AllDatabases
    void customersLoadTheirInvoicesAndLinesWhoseAmountsAddUpToTheTotals(TestDb t) {
        Quarry db = counted(t);
        List<CustomerWithInvoices> customers = new ArrayList<>();

        int selects = counter.during(() -> customers.addAll(Loader.on(db).fetch(
                db.selectFrom(CUSTOMER).orderBy(CUSTOMER.customerId.asc()),
                CUSTOMER_INVOICES.children().with(INVOICE_LINES.children(), InvoiceWithLines::new),
                CustomerWithInvoices::new)));

        // 59 customers; their 412 invoices; 2,240 lines in ceil(412 / 500) = 1 statement
        assertThat(selects).isEqualTo(3);
        assertThat(customers).hasSize(59).allSatisfy(c -> assertThat(c.invoices()).allSatisfy(i ->
                assertThat(i.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(i.invoice().total())));
        Map<Long, BigDecimal> spent = new LinkedHashMap<>();
        for (CustomerWithInvoices c : customers) {
            spent.put(c.customer().customerId(), c.invoices().stream().map(i -> i.invoice().total())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Map<Long, BigDecimal> grouped = new LinkedHashMap<>();
        db.select(INVOICE.customerId, sum(INVOICE.total)).from(INVOICE).groupBy(INVOICE.customerId)
                .orderBy(INVOICE.customerId.asc()).fetch().forEach(r -> grouped.put(r.v1(), r.v2()));
        assertThat(spent).isEqualTo(grouped);
    }

    /**
     * The catalogue read with one left join (artists without albums keep a row with a null album) and grouped in
     * Java, in the order {@link ChinookCatalogue} promises: artists by key, albums by title then key, tracks by key.
     */
    private static List<ArtistWithAlbums> catalogueByJoins(Quarry db) {
        Map<Artist, Map<Album, List<Track>>> tree = new LinkedHashMap<>();
        for (Tuple3<Artist, Album, Track> row : db.select(ARTIST, ALBUM, TRACK).from(ARTIST)
                .leftJoin(ALBUM).on(ALBUM.artistId.eq(ARTIST.artistId))
                .leftJoin(TRACK).on(TRACK.albumId.eq(ALBUM.albumId))
                .orderBy(ARTIST.artistId.asc(), ALBUM.title.asc(), ALBUM.albumId.asc(), TRACK.trackId.asc())
                .fetch()) {
            Map<Album, List<Track>> albums = tree.computeIfAbsent(row.v1(), a -> new LinkedHashMap<>());
            if (row.v2() != null) {
                List<Track> tracks = albums.computeIfAbsent(row.v2(), a -> new ArrayList<>());
                if (row.v3() != null) {
                    tracks.add(row.v3());
                }
            }
        }
        List<ArtistWithAlbums> out = new ArrayList<>();
        tree.forEach((artist, albums) -> out.add(new ArtistWithAlbums(artist, albums.entrySet().stream()
                .map(e -> new AlbumWithTracks(e.getKey(), e.getValue())).toList())));
        return out;
    }
}
