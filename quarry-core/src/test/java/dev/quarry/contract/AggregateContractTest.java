package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.avg;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.countDistinct;
import static dev.quarry.query.Dsl.max;
import static dev.quarry.query.Dsl.min;
import static dev.quarry.query.Dsl.ref;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.sumLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quarry.Quarry;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/** count, sum, avg, min, max over the whole table and per group; HAVING; ordering by an aggregate's alias. */
class AggregateContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void countStarCountsRowsAndCountColumnCountsNonNulls() {
        assertThat(db.select(count()).from(TRACK).fetchOne()).isEqualTo((long) data.tracks().size());
        assertThat(db.select(count(TRACK.rating)).from(TRACK).fetchOne())
                .isEqualTo(data.tracks().stream().filter(t -> t.rating() != null).count());
        assertThat(db.select(countDistinct(TRACK.genre)).from(TRACK).fetchOne())
                .isEqualTo(data.tracks().stream().map(Track::genre).filter(Objects::nonNull).distinct().count());
    }

    @AllDatabases
    void sumOfIntegersIsALong() {
        long expected = data.tracks().stream().mapToLong(Track::milliseconds).sum();
        assertThat(db.select(sumLong(TRACK.milliseconds)).from(TRACK).fetchOne()).isEqualTo(expected);
    }

    @AllDatabases
    void sumOfAnIntegerColumnIsUsableAsItsStaticType() {
        // sum(Expression<Integer>) is typed Aggregate<Integer>, so javac casts the row to Integer, while the
        // documented result of sum over an integer column is a long
        Integer total = db.select(sum(TRACK.rating)).from(TRACK).fetchOne();
        assertThat(total.longValue()).isEqualTo(data.tracks().stream().map(Track::rating)
                .filter(Objects::nonNull).mapToLong(Integer::longValue).sum());
    }

    @AllDatabases
    void sumOfDecimalsIsAnExactDecimal() {
        BigDecimal expected = data.tracks().stream().map(Track::unitPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(db.select(sum(TRACK.unitPrice)).from(TRACK).fetchOne()).isEqualByComparingTo(expected);
    }

    @AllDatabases
    void sumOverNoRowsIsNull() {
        assertThat(db.select(sumLong(TRACK.milliseconds)).from(TRACK).where(TRACK.id.lt(0L)).fetchFirst()).isEmpty();
        assertThat(db.select(count()).from(TRACK).where(TRACK.id.lt(0L)).fetchOne()).isZero();
    }

    @AllDatabases
    void avgIsADoubleOnEveryDatabase() {
        double expected = data.tracks().stream().mapToInt(Track::milliseconds).average().orElseThrow();
        Double avg = db.select(avg(TRACK.milliseconds)).from(TRACK).fetchOne();
        assertThat(avg).isCloseTo(expected, within(1e-3));
        double ratings = data.tracks().stream().map(Track::rating).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(db.select(avg(TRACK.rating)).from(TRACK).fetchOne()).isCloseTo(ratings, within(1e-3));
    }

    @AllDatabases
    void minAndMaxKeepTheColumnsType() {
        Tuple2<Integer, Integer> ms = db.select(min(TRACK.milliseconds), max(TRACK.milliseconds)).from(TRACK)
                .fetchOne();
        assertThat(ms).isEqualTo(new Tuple2<>(
                data.tracks().stream().mapToInt(Track::milliseconds).min().orElseThrow(),
                data.tracks().stream().mapToInt(Track::milliseconds).max().orElseThrow()));
        Tuple2<String, java.time.LocalDate> other = db.select(min(TRACK.name), max(ALBUM.released)).from(TRACK)
                .join(ALBUM).on(ALBUM.id.eq(TRACK.albumId)).fetchOne();
        assertThat(other.v1()).isEqualTo(data.tracks(t -> t.albumId() != null).stream().map(Track::name)
                .min(Comparator.naturalOrder()).orElseThrow());
        assertThat(other.v2()).isEqualTo(data.albums().stream().filter(a -> !data.tracksOf(a.id()).isEmpty())
                .map(a -> a.released()).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow());
    }

    @AllDatabases
    void groupByComputesOneRowPerGroup() {
        List<Tuple3<Long, Long, Long>> rows = db.select(TRACK.albumId, count(), sumLong(TRACK.milliseconds))
                .from(TRACK).groupBy(TRACK.albumId).fetch();
        Map<Long, List<Track>> groups = new java.util.HashMap<>();
        data.tracks().forEach(t -> groups.computeIfAbsent(t.albumId(), k -> new ArrayList<>()).add(t));
        List<Tuple3<Long, Long, Long>> expected = groups.entrySet().stream()
                .map(e -> new Tuple3<>(e.getKey(), (long) e.getValue().size(),
                        e.getValue().stream().mapToLong(Track::milliseconds).sum()))
                .toList();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void havingFiltersGroupsByTheirAggregate() {
        List<Tuple2<String, Long>> rows = db.select(TRACK.genre, count()).from(TRACK)
                .where(TRACK.genre.isNotNull())
                .groupBy(TRACK.genre).having(count().gt(2L)).fetch();
        Map<String, Long> perGenre = data.tracks().stream().filter(t -> t.genre() != null)
                .collect(Collectors.groupingBy(Track::genre, TreeMap::new, Collectors.counting()));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(perGenre.entrySet().stream()
                .filter(e -> e.getValue() > 2).map(e -> new Tuple2<>(e.getKey(), e.getValue())).toList());
    }

    @AllDatabases
    void orderByAnAggregatesAliasSortsTheGroups() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.albumId, sumLong(TRACK.milliseconds).as("total"))
                .from(TRACK).where(TRACK.albumId.isNotNull()).groupBy(TRACK.albumId)
                .orderBy(ref("total", DataType.LONG).desc()).fetch();
        Map<Long, Long> totals = data.tracks(t -> t.albumId() != null).stream()
                .collect(Collectors.groupingBy(Track::albumId, Collectors.summingLong(Track::milliseconds)));
        assertThat(rows).containsExactlyElementsOf(totals.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
                .map(e -> new Tuple2<>(e.getKey(), e.getValue())).toList());
    }
}
