package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.AlbumTable;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.fixtures.TrackTable;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;

/** Inner and left joins, records in tuples, self-joins through aliases. */
class JoinContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void innerJoinPairsEachTrackWithItsAlbum() {
        List<Tuple2<String, String>> rows = db.select(TRACK.name, ALBUM.title).from(TRACK)
                .join(ALBUM).on(ALBUM.id.eq(TRACK.albumId)).fetch();
        List<Tuple2<String, String>> expected = new ArrayList<>();
        for (Track t : data.tracks()) {
            if (t.albumId() != null) {
                expected.add(new Tuple2<>(t.name(), data.album(t.albumId()).title()));
            }
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void innerJoinOfThreeTablesReadsWholeRecords() {
        List<Tuple3<Track, Album, Artist>> rows = db.select(TRACK, ALBUM, ARTIST).from(TRACK)
                .join(ALBUM).on(ALBUM.id.eq(TRACK.albumId))
                .join(ARTIST).on(ARTIST.id.eq(ALBUM.artistId))
                .where(ARTIST.name.eq("Queen")).fetch();
        Artist queen = data.artist("Queen");
        List<Tuple3<Track, Album, Artist>> expected = new ArrayList<>();
        for (Album a : data.albumsOf(queen.id())) {
            for (Track t : data.tracksOf(a.id())) {
                expected.add(new Tuple3<>(t, a, queen));
            }
        }
        assertThat(rows).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void leftJoinGivesANullRecordWhereNoRowMatches() {
        List<Tuple2<Artist, Album>> rows = db.select(ARTIST, ALBUM).from(ARTIST)
                .leftJoin(ALBUM).on(ALBUM.artistId.eq(ARTIST.id)).fetch();
        List<Tuple2<Artist, Album>> expected = new ArrayList<>();
        for (Artist artist : data.artists()) {
            List<Album> albums = data.albumsOf(artist.id());
            if (albums.isEmpty()) {
                expected.add(new Tuple2<>(artist, null));
            }
            albums.forEach(a -> expected.add(new Tuple2<>(artist, a)));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).anySatisfy(r -> assertThat(r.v2()).isNull());
    }

    @AllDatabases
    void leftJoinGivesNullColumnsWhereNoRowMatches() {
        List<Tuple2<String, String>> rows = db.select(ALBUM.title, TRACK.name).from(ALBUM)
                .leftJoin(TRACK).on(TRACK.albumId.eq(ALBUM.id)).fetch();
        List<Tuple2<String, String>> expected = new ArrayList<>();
        for (Album a : data.albums()) {
            List<Track> tracks = data.tracksOf(a.id());
            if (tracks.isEmpty()) {
                expected.add(new Tuple2<>(a.title(), null));
            }
            tracks.forEach(t -> expected.add(new Tuple2<>(a.title(), t.name())));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void conditionsOnTheLeftJoinedTableInOnKeepUnmatchedRows() {
        List<Tuple2<Long, Track>> rows = db.select(ALBUM.id, TRACK).from(ALBUM)
                .leftJoin(TRACK).on(TRACK.albumId.eq(ALBUM.id).and(TRACK.rating.eq(5))).fetch();
        List<Tuple2<Long, Track>> expected = new ArrayList<>();
        for (Album a : data.albums()) {
            List<Track> fives = data.tracks(t -> Objects.equals(t.albumId(), a.id())
                    && Objects.equals(t.rating(), 5));
            if (fives.isEmpty()) {
                expected.add(new Tuple2<>(a.id(), null));
            }
            fives.forEach(t -> expected.add(new Tuple2<>(a.id(), t)));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void selfJoinThroughAnAliasComparesRowsOfTheSameTable() {
        TrackTable next = TRACK.as("next_track");
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id, next.id).from(TRACK)
                .join(next).on(next.albumId.eq(TRACK.albumId).and(next.position.eq(TRACK.position.plus(1))))
                .fetch();
        List<Tuple2<Long, Long>> expected = new ArrayList<>();
        for (Track a : data.tracks()) {
            for (Track b : data.tracks()) {
                if (a.albumId() != null && a.albumId().equals(b.albumId()) && b.position() == a.position() + 1) {
                    expected.add(new Tuple2<>(a.id(), b.id()));
                }
            }
        }
        assertThat(rows).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void aliasWithAQuoteCharacterIsQuotedCorrectly() {
        AlbumTable odd = ALBUM.as("al\"b`um's");
        List<String> titles = db.select(odd.title).from(odd).where(odd.id.eq(13L)).fetch();
        assertThat(titles).containsExactly(data.album(13).title());
    }
}
