package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.max;
import static dev.quarry.query.Dsl.scalar;
import static dev.quarry.query.Dsl.select;
import static dev.quarry.query.Dsl.sumLong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Aliased;
import dev.quarry.query.DerivedTable;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;

/** Scalar subqueries, derived tables, UNION and UNION ALL. */
class SubqueryContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void correlatedScalarSubqueryComputesAValuePerRow() {
        List<Tuple2<String, Long>> rows = db.select(ARTIST.name,
                scalar(select(count()).from(ALBUM).where(ALBUM.artistId.eq(ARTIST.id)))).from(ARTIST).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.artists().stream()
                .map(a -> new Tuple2<>(a.name(), (long) data.albumsOf(a.id()).size())).toList());
    }

    @AllDatabases
    void scalarSubqueryInWhereComparesWithASingleValue() {
        List<Track> longest = db.selectFrom(TRACK)
                .where(TRACK.milliseconds.eq(scalar(select(max(TRACK.milliseconds)).from(TRACK)))).fetch();
        int max = data.tracks().stream().mapToInt(Track::milliseconds).max().orElseThrow();
        assertThat(longest).containsExactlyInAnyOrderElementsOf(data.tracks(t -> t.milliseconds() == max));
    }

    @AllDatabases
    void scalarSubqueryOverNoRowsIsNull() {
        List<Tuple2<String, Long>> rows = db.select(ALBUM.title,
                scalar(select(sumLong(TRACK.milliseconds)).from(TRACK).where(TRACK.albumId.eq(ALBUM.id))))
                .from(ALBUM).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.albums().stream().map(a -> {
            List<Track> tracks = data.tracksOf(a.id());
            return new Tuple2<>(a.title(), tracks.isEmpty() ? null
                    : tracks.stream().mapToLong(Track::milliseconds).sum());
        }).toList());
    }

    @AllDatabases
    void derivedTableIsJoinedLikeATable() {
        Aliased<Long> n = count().as("n");
        DerivedTable perAlbum = select(TRACK.albumId, n).from(TRACK).where(TRACK.albumId.isNotNull())
                .groupBy(TRACK.albumId).asTable("per_album");
        List<Tuple2<String, Long>> rows = db.select(ALBUM.title, perAlbum.field(n)).from(ALBUM)
                .join(perAlbum).on(perAlbum.field(TRACK.albumId).eq(ALBUM.id)).fetch();
        List<Tuple2<String, Long>> expected = new ArrayList<>();
        for (Album a : data.albums()) {
            int tracks = data.tracksOf(a.id()).size();
            if (tracks > 0) {
                expected.add(new Tuple2<>(a.title(), (long) tracks));
            }
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void aggregateOverADerivedTable() {
        Aliased<Long> n = count().as("n");
        DerivedTable perAlbum = select(TRACK.albumId, n).from(TRACK).groupBy(TRACK.albumId).asTable("per_album");
        Long most = db.select(max(perAlbum.field(n))).from(perAlbum).fetchOne();
        Map<Long, Long> counts = data.tracks().stream()
                .collect(Collectors.groupingBy(t -> Objects.requireNonNullElse(t.albumId(), -1L),
                        Collectors.counting()));
        assertThat(most).isEqualTo(counts.values().stream().max(Long::compare).orElseThrow());
    }

    @AllDatabases
    void unionRemovesDuplicatesAcrossBothSelects() {
        List<String> names = db.select(ARTIST.name).from(ARTIST)
                .union(select(TRACK.name).from(TRACK))
                .union(select(ALBUM.title).from(ALBUM)).fetch();
        assertThat(names).containsExactlyInAnyOrderElementsOf(Stream.of(
                        data.artists().stream().map(Artist::name),
                        data.tracks().stream().map(Track::name),
                        data.albums().stream().map(Album::title))
                .flatMap(s -> s).distinct().toList());
    }

    @AllDatabases
    void unionAllKeepsDuplicates() {
        List<String> names = db.select(TRACK.name).from(TRACK).where(TRACK.albumId.eq(11L))
                .unionAll(select(ALBUM.title).from(ALBUM).where(ALBUM.id.eq(11L))).fetch();
        List<String> expected = new ArrayList<>(data.tracksOf(11).stream().map(Track::name).toList());
        expected.add(data.album(11).title());
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        // "Back in Black" is both a track of album 11 and its title: UNION ALL keeps both
        assertThat(names.stream().distinct().count()).isLessThan(names.size());
    }

    @AllDatabases
    void unionsOfFilteredSelectsKeepEachSidesFilter() {
        List<Long> ids = db.select(TRACK.id).from(TRACK).where(TRACK.genre.eq("Rock"))
                .unionAll(select(TRACK.id).from(TRACK).where(TRACK.rating.eq(5))).fetch();
        List<Long> expected = new ArrayList<>();
        data.tracks(t -> "Rock".equals(t.genre())).forEach(t -> expected.add(t.id()));
        data.tracks(t -> Objects.equals(t.rating(), 5)).forEach(t -> expected.add(t.id()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
    }
}
