package dev.quarry.relation;

import static dev.quarry.fixtures.RelAlbumTable.REL_ALBUM;
import static dev.quarry.fixtures.RelArtistTable.REL_ARTIST;
import static dev.quarry.fixtures.RelTrackTable.REL_TRACK;
import static dev.quarry.relation.RelCatalog.ALBUM_ARTIST;
import static dev.quarry.relation.RelCatalog.ALBUM_TRACKS;
import static dev.quarry.relation.RelCatalog.ARTIST_ALBUMS;
import static dev.quarry.relation.RelCatalog.TRACK_ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.fixtures.RelAlbum;
import dev.quarry.fixtures.RelArtist;
import dev.quarry.fixtures.RelTrack;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Loading rows with their related rows, in a constant number of statements, on every database. */
class RelationLoadingTest {

    record AlbumWithTracks(RelAlbum album, List<RelTrack> tracks) {
    }

    record ArtistWithAlbums(RelArtist artist, List<AlbumWithTracks> albums) {
    }

    record AlbumWithArtist(RelAlbum album, RelArtist artist) {
    }

    record TrackWithAlbum(RelTrack track, AlbumWithArtist album) {
    }

    private final StatementCounter counter = new StatementCounter();

    /** A handle on the test's schema that reports its statements to {@link #counter}, with the tables filled. */
    private Quarry counted(TestDb t, RelCatalog catalog) {
        catalog.insert(t.use(REL_ARTIST, REL_ALBUM, REL_TRACK));
        return t.open(QuarrySettings.builder().onStatement(counter).build());
    }

    @AllDatabases
    void albumsWithTheirTracksLoadInTwoStatements(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);
        List<AlbumWithTracks> albums = new ArrayList<>();

        int statements = counter.during(() -> albums.addAll(Loader.on(db).fetch(
                db.selectFrom(REL_ALBUM).orderBy(REL_ALBUM.id.asc()), ALBUM_TRACKS.children(),
                AlbumWithTracks::new)));

        assertThat(statements).isEqualTo(2);
        assertThat(albums).containsExactly(
                new AlbumWithTracks(c.album(11), c.tracksOf(11)),
                new AlbumWithTracks(c.album(12), c.tracksOf(12)),
                new AlbumWithTracks(c.album(21), c.tracksOf(21)),
                new AlbumWithTracks(c.album(22), List.of()));
    }

    @AllDatabases
    void artistsWithAlbumsWithTracksLoadInThreeStatements(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);
        List<ArtistWithAlbums> artists = new ArrayList<>();

        int statements = counter.during(() -> artists.addAll(Loader.on(db).fetch(
                db.selectFrom(REL_ARTIST).orderBy(REL_ARTIST.id.asc()),
                ARTIST_ALBUMS.children().with(ALBUM_TRACKS.children(), AlbumWithTracks::new),
                ArtistWithAlbums::new)));

        assertThat(statements).isEqualTo(3);
        assertThat(artists).containsExactly(
                new ArtistWithAlbums(c.artist(1), List.of(
                        new AlbumWithTracks(c.album(11), c.tracksOf(11)),
                        new AlbumWithTracks(c.album(12), c.tracksOf(12)))),
                new ArtistWithAlbums(c.artist(2), List.of(
                        new AlbumWithTracks(c.album(21), c.tracksOf(21)),
                        new AlbumWithTracks(c.album(22), List.of()))),
                new ArtistWithAlbums(c.artist(3), List.of()));
    }

    @AllDatabases
    void aThousandTracksLoadInAsManyStatementsAsTen(TestDb t) {
        RelCatalog c = RelCatalog.generated(120, 3, 4);
        Quarry db = counted(t, c);
        Include<RelArtist, List<AlbumWithTracks>> albums =
                ARTIST_ALBUMS.children().with(ALBUM_TRACKS.children(), AlbumWithTracks::new);
        List<ArtistWithAlbums> loaded = new ArrayList<>();

        int statements = counter.during(() -> loaded.addAll(Loader.on(db).fetch(
                db.selectFrom(REL_ARTIST).orderBy(REL_ARTIST.id.asc()), albums, ArtistWithAlbums::new)));

        // 120 artist keys and 360 album keys each fit one chunk of 500.
        assertThat(statements).isEqualTo(3);
        assertThat(loaded).hasSize(120);
        assertThat(loaded.stream().mapToLong(a -> a.albums().stream().mapToLong(x -> x.tracks().size()).sum())
                .sum()).isEqualTo(1440);
        ArtistWithAlbums last = loaded.get(119);
        assertThat(last.albums()).extracting(AlbumWithTracks::album).containsExactlyElementsOf(c.albumsOf(120));
        assertThat(last.albums().get(2).tracks()).containsExactlyElementsOf(c.tracksOf(120_003));
    }

    @AllDatabases
    void keysBeyondTheChunkSizeAddOneStatementPerChunk(TestDb t) {
        RelCatalog c = RelCatalog.generated(120, 3, 4);
        Quarry db = counted(t, c);
        List<ArtistWithAlbums> loaded = new ArrayList<>();

        int statements = counter.during(() -> loaded.addAll(Loader.on(db).chunkSize(50).fetch(
                db.selectFrom(REL_ARTIST),
                ARTIST_ALBUMS.children().with(ALBUM_TRACKS.children(), AlbumWithTracks::new),
                ArtistWithAlbums::new)));

        // 1 for the artists + ceil(120 / 50) = 3 for the albums + ceil(360 / 50) = 8 for the tracks.
        assertThat(statements).isEqualTo(1 + 3 + 8);
        assertThat(loaded).allSatisfy(a -> {
            assertThat(a.albums()).extracting(AlbumWithTracks::album)
                    .containsExactlyElementsOf(c.albumsOf(a.artist().id()));
            assertThat(a.albums()).allSatisfy(x -> assertThat(x.tracks())
                    .containsExactlyElementsOf(c.tracksOf(x.album().id())));
        });
    }

    @AllDatabases
    void theFirstChildrenOfEachParentLoadInOneStatementPerLevel(TestDb t) {
        RelCatalog c = RelCatalog.generated(120, 3, 4);
        Quarry db = counted(t, c);
        Include<RelArtist, List<AlbumWithTracks>> latestAlbumsLastTracks = ARTIST_ALBUMS.children()
                .orderBy(REL_ALBUM.id.desc()).limit(2)
                .with(ALBUM_TRACKS.children().orderBy(REL_TRACK.position.desc()).limit(3), AlbumWithTracks::new);
        List<ArtistWithAlbums> loaded = new ArrayList<>();
        List<ArtistWithAlbums> chunked = new ArrayList<>();

        int statements = counter.during(() -> loaded.addAll(Loader.on(db).fetch(
                db.selectFrom(REL_ARTIST).orderBy(REL_ARTIST.id.asc()), latestAlbumsLastTracks,
                ArtistWithAlbums::new)));
        int chunkedStatements = counter.during(() -> chunked.addAll(Loader.on(db).chunkSize(50).fetch(
                db.selectFrom(REL_ARTIST).orderBy(REL_ARTIST.id.asc()), latestAlbumsLastTracks,
                ArtistWithAlbums::new)));

        assertThat(statements).isEqualTo(3);
        // 1 for the artists + ceil(120 / 50) for the albums + ceil(240 kept albums / 50) for the tracks
        assertThat(chunkedStatements).isEqualTo(1 + 3 + 5);
        List<ArtistWithAlbums> expected = new ArrayList<>();
        for (RelArtist artist : c.artists()) {
            List<AlbumWithTracks> albums = new ArrayList<>();
            for (RelAlbum album : c.albumsOf(artist.id()).stream()
                    .sorted(Comparator.comparingLong(RelAlbum::id).reversed()).limit(2).toList()) {
                albums.add(new AlbumWithTracks(album, c.tracksOf(album.id()).stream()
                        .sorted(Comparator.comparingInt(RelTrack::position).reversed()).limit(3).toList()));
            }
            expected.add(new ArtistWithAlbums(artist, albums));
        }
        assertThat(loaded).containsExactlyElementsOf(expected);
        assertThat(chunked).containsExactlyElementsOf(expected);
    }

    @AllDatabases
    void aPerParentLimitKeepsTheFilterAndBreaksTiesByKey(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);

        // albums 11 (all Rock) and 21 (all Post-rock) tie on genre: the lowest track key wins on every database
        List<AlbumWithTracks> firstByGenre = Loader.on(db).fetch(
                db.selectFrom(REL_ALBUM).orderBy(REL_ALBUM.id.asc()),
                ALBUM_TRACKS.children().orderBy(REL_TRACK.genre.asc().nullsLast()).limit(1), AlbumWithTracks::new);
        List<AlbumWithTracks> lastUntagged = Loader.on(db).fetch(
                db.selectFrom(REL_ALBUM).orderBy(REL_ALBUM.id.asc()),
                ALBUM_TRACKS.children().where(REL_TRACK.genre.isNull()).orderBy(REL_TRACK.position.desc()).limit(5),
                AlbumWithTracks::new);

        assertThat(firstByGenre).extracting(a -> a.tracks().stream().map(RelTrack::id).toList())
                .containsExactly(List.of(101L), List.of(104L), List.of(201L), List.of());
        assertThat(lastUntagged).extracting(a -> a.tracks().stream().map(RelTrack::id).toList())
                .containsExactly(List.of(), List.of(105L), List.of(), List.of());
        assertThatThrownBy(() -> ALBUM_TRACKS.children().limit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 child per parent, was 0");
    }

    @AllDatabases
    void theChildQueryTakesAFilterAndAnOrder(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);
        Include<RelAlbum, List<RelTrack>> rockByPositionDown = ALBUM_TRACKS.children()
                .where(REL_TRACK.genre.eq("Rock"))
                .orderBy(REL_TRACK.position.desc());

        List<AlbumWithTracks> albums = Loader.on(db).fetch(
                db.selectFrom(REL_ALBUM).where(REL_ALBUM.artistId.eq(1L)).orderBy(REL_ALBUM.id.asc()),
                rockByPositionDown, AlbumWithTracks::new);

        assertThat(albums).containsExactly(
                new AlbumWithTracks(c.album(11), List.of(c.tracks().get(2), c.tracks().get(1), c.tracks().get(0))),
                new AlbumWithTracks(c.album(12), List.of(c.tracks().get(3))));
        assertThat(counter.statements().get(1)).contains("IN");
    }

    @AllDatabases
    void tracksGetTheirAlbumAndItsArtistEachLoadedOnce(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);
        Include<RelTrack, AlbumWithArtist> album = TRACK_ALBUM.parent()
                .with(ALBUM_ARTIST.parent(), AlbumWithArtist::new);
        List<TrackWithAlbum> tracks = new ArrayList<>();

        int statements = counter.during(() -> tracks.addAll(Loader.on(db).fetch(
                db.selectFrom(REL_TRACK).orderBy(REL_TRACK.id.asc()), album, TrackWithAlbum::new)));

        assertThat(statements).isEqualTo(3);
        assertThat(tracks).hasSize(8);
        assertThat(tracks.get(0)).isEqualTo(new TrackWithAlbum(c.tracks().get(0),
                new AlbumWithArtist(c.album(11), c.artist(1))));
        assertThat(tracks.get(5).album()).isEqualTo(new AlbumWithArtist(c.album(21), c.artist(2)));
        assertThat(tracks.get(7).album()).as("a track without an album").isNull();
        assertThat(tracks.get(1).album()).as("tracks of one album share its element").isSameAs(tracks.get(0).album());
    }

    @AllDatabases
    void aFilteredOutParentLeavesNull(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);

        List<RelAlbum> albums = Loader.on(db).load(c.tracks(),
                TRACK_ALBUM.parent().where(REL_ALBUM.year.isNotNull()));

        assertThat(albums.get(0)).isEqualTo(c.album(11));
        assertThat(albums.get(5)).as("Takk... has no year").isNull();
    }

    @AllDatabases
    void noRowsAboveMeansNoStatementBelow(TestDb t) {
        Quarry db = counted(t, RelCatalog.small());
        Include<RelArtist, List<AlbumWithTracks>> albums =
                ARTIST_ALBUMS.children().with(ALBUM_TRACKS.children(), AlbumWithTracks::new);
        List<ArtistWithAlbums> loaded = new ArrayList<>();

        int statements = counter.during(() -> loaded.addAll(Loader.on(db).fetch(
                db.selectFrom(REL_ARTIST).where(REL_ARTIST.name.eq("nobody")), albums, ArtistWithAlbums::new)));
        int attached = counter.during(() -> Loader.on(db).attach(List.<RelArtist>of(), albums,
                ArtistWithAlbums::new));
        int onlyNullKeys = counter.during(() -> Loader.on(db).load(
                List.of(new RelTrack(1, null, 1, "x", null)), TRACK_ALBUM.parent()));

        assertThat(loaded).isEmpty();
        assertThat(statements).isEqualTo(1);
        assertThat(attached).isZero();
        assertThat(onlyNullKeys).isZero();
    }

    @AllDatabases
    void aLoadInsideATransactionSeesItsOwnWrites(TestDb t) {
        RelCatalog c = RelCatalog.small();
        Quarry db = counted(t, c);

        List<AlbumWithTracks> albums = db.transaction(tx -> {
            tx.insertInto(REL_TRACK).values(new RelTrack(106, 12L, 3, "Night Prowler", "Rock")).execute();
            return Loader.on(tx).fetch(tx.selectFrom(REL_ALBUM).where(REL_ALBUM.id.eq(12L)),
                    ALBUM_TRACKS.children(), AlbumWithTracks::new);
        });

        assertThat(albums.get(0).tracks()).extracting(RelTrack::name)
                .containsExactly("Highway to Hell", "Touch Too Much", "Night Prowler");
    }
}
