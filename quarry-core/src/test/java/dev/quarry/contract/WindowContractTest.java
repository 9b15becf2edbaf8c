package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.denseRank;
import static dev.quarry.query.Dsl.rank;
import static dev.quarry.query.Dsl.rowNumber;
import static dev.quarry.query.Dsl.sumLong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Window;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;

/** row_number, rank, dense_rank, and aggregates over partitions and running orders. */
class WindowContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void rowNumberCountsWithinEachPartitionInItsOrder() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id,
                        rowNumber().over(Window.partitionBy(TRACK.albumId)
                                .thenOrderBy(TRACK.milliseconds.desc(), TRACK.id.asc())))
                .from(TRACK).fetch();
        List<Tuple2<Long, Long>> expected = new ArrayList<>();
        for (Long album : data.tracks().stream().map(Track::albumId).distinct().toList()) {
            List<Track> part = MusicData.sorted(data.tracks(t -> Objects.equals(t.albumId(), album)),
                    Comparator.comparingInt(Track::milliseconds).reversed().thenComparingLong(Track::id));
            for (int i = 0; i < part.size(); i++) {
                expected.add(new Tuple2<>(part.get(i).id(), (long) i + 1));
            }
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void rankLeavesGapsAfterTiesAndDenseRankDoesNot() {
        List<Tuple3<Long, Long, Long>> rows = db.select(ALBUM.id,
                        rank().over(Window.orderBy(ALBUM.price.desc())),
                        denseRank().over(Window.orderBy(ALBUM.price.desc())))
                .from(ALBUM).fetch();
        List<Tuple3<Long, Long, Long>> expected = new ArrayList<>();
        for (Album a : data.albums()) {
            long higher = data.albums().stream().filter(b -> b.price().compareTo(a.price()) > 0).count();
            long distinctHigher = data.albums().stream().map(Album::price).filter(p -> p.compareTo(a.price()) > 0)
                    .map(p -> p.stripTrailingZeros()).distinct().count();
            expected.add(new Tuple3<>(a.id(), higher + 1, distinctHigher + 1));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).anySatisfy(r -> assertThat(r.v2()).isNotEqualTo(r.v3()));
    }

    @AllDatabases
    void sumOverAPartitionRepeatsTheGroupTotalOnEachRow() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id,
                sumLong(TRACK.milliseconds).over(Window.partitionBy(TRACK.albumId))).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), data.tracks(u -> Objects.equals(u.albumId(), t.albumId()))
                        .stream().mapToLong(Track::milliseconds).sum())).toList());
    }

    @AllDatabases
    void sumOverAnOrderedPartitionIsARunningTotal() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id,
                        sumLong(TRACK.milliseconds).over(Window.partitionBy(TRACK.albumId)
                                .thenOrderBy(TRACK.position.asc(), TRACK.id.asc())))
                .from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), data.tracks(u -> Objects.equals(u.albumId(), t.albumId())
                                && (u.position() < t.position() || u.position() == t.position() && u.id() <= t.id()))
                        .stream().mapToLong(Track::milliseconds).sum())).toList());
    }

    @AllDatabases
    void countOverTheWholeResultIsTheRowCount() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id, count().over(Window.all())).from(TRACK)
                .where(TRACK.genre.eq("Rock")).fetch();
        List<Track> rock = data.tracks(t -> "Rock".equals(t.genre()));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(rock.stream()
                .map(t -> new Tuple2<>(t.id(), (long) rock.size())).toList());
    }
}
