package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.avg;
import static dev.quarry.query.Dsl.coalesce;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.sumLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.DecimalExpression;
import dev.quarry.query.DoubleExpression;
import dev.quarry.query.LongExpression;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * Literals and operands of another number type, written as users write them (issue 9, point 5), run on every
 * database and compared with Java: an {@code int} where a {@code long} or a decimal is, a decimal times an
 * {@code int} column, a long sum divided by a double, strings inside {@code concat}. What must not compile is pinned
 * by {@code DslCompileErrorTest} in quarry-processor.
 */
class WideningContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void anIntComparesWithALongColumn() {
        assertThat(db.select(TRACK.name).from(TRACK).where(TRACK.id.eq(103)).fetchOne()).isEqualTo("Back in Black");
        assertThat(db.select(ALBUM.id).from(ALBUM).where(ALBUM.id.in(11, 13, 99)).orderBy(ALBUM.id.asc()).fetch())
                .containsExactly(11L, 13L);
        assertThat(db.select(ALBUM.id).from(ALBUM).where(ALBUM.id.notIn(11, 12, 13, 14, 15)).fetch())
                .containsExactlyInAnyOrder(16L, 17L);
        assertThat(db.select(count()).from(TRACK).where(TRACK.id.between(101, 105), TRACK.id.ne(102)).fetchOne())
                .isEqualTo(4L);
    }

    @AllDatabases
    void countComparesWithAnInt() {
        List<Long> albums = db.select(TRACK.albumId).from(TRACK).where(TRACK.albumId.isNotNull())
                .groupBy(TRACK.albumId).having(count().gt(2)).fetch();
        Map<Long, Long> perAlbum = data.tracks().stream().filter(t -> t.albumId() != null)
                .collect(Collectors.groupingBy(Track::albumId, Collectors.counting()));
        assertThat(albums).containsExactlyInAnyOrderElementsOf(perAlbum.entrySet().stream()
                .filter(e -> e.getValue() > 2).map(Map.Entry::getKey).toList());
    }

    @AllDatabases
    void aDecimalTakesWholeNumbers() {
        assertThat(db.select(TRACK.id).from(TRACK).where(TRACK.unitPrice.gt(1)).fetch())
                .containsExactlyInAnyOrderElementsOf(data.tracks(t -> t.unitPrice().compareTo(BigDecimal.ONE) > 0)
                        .stream().map(Track::id).toList());
        assertThat(db.select(count()).from(TRACK).where(TRACK.unitPrice.between(0, 1)).fetchOne())
                .isEqualTo((long) data.tracks(t -> t.unitPrice().compareTo(BigDecimal.ONE) <= 0).size());
        assertThat(db.select(TRACK.unitPrice.plus(1).times(2L)).from(TRACK).where(TRACK.id.eq(106)).fetchOne())
                .isEqualByComparingTo("4.58");
    }

    @AllDatabases
    void aDecimalTimesAnIntColumnIsExact() {
        DecimalExpression amount = TRACK.unitPrice.times(TRACK.position);
        List<Tuple2<Long, BigDecimal>> rows = db.select(TRACK.id, amount).from(TRACK).fetch();
        assertThat(rows).hasSize(data.tracks().size()).allSatisfy(r -> {
            Track t = data.tracks(x -> x.id() == r.v1()).get(0);
            assertThat(r.v2()).isEqualTo(t.unitPrice().multiply(BigDecimal.valueOf(t.position())));
        });
        BigDecimal total = db.select(sum(amount)).from(TRACK).fetchOne();
        assertThat(total).isEqualTo(data.tracks().stream()
                .map(t -> t.unitPrice().multiply(BigDecimal.valueOf(t.position())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));
    }

    @AllDatabases
    void aLongSumDividedByADoubleIsADouble() {
        DoubleExpression minutes = sumLong(TRACK.milliseconds).div(60000.0);
        double expected = data.tracks().stream().mapToLong(Track::milliseconds).sum() / 60000.0;
        assertThat(db.select(minutes).from(TRACK).fetchOne()).isCloseTo(expected, within(1e-9));
        // computed as doubles on every database, to the last bit (MariaDB would compute 3 * 0.1 as a DECIMAL)
        List<Tuple2<Long, Double>> tenths = db.select(TRACK.id, TRACK.milliseconds.div(7).times(0.1)).from(TRACK)
                .fetch();
        assertThat(tenths).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), (t.milliseconds() / 7) * 0.1)).toList());
    }

    @AllDatabases
    void anIntColumnPlusALongIsALong() {
        LongExpression later = TRACK.milliseconds.plus(3_000_000_000L);
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id, later).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.milliseconds() + 3_000_000_000L)).toList());
        List<Tuple2<Long, Long>> divided = db.select(TRACK.id, TRACK.id.times(1000).div(TRACK.position))
                .from(TRACK).fetch();
        assertThat(divided).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.id() * 1000 / t.position())).toList());
    }

    @AllDatabases
    void anAverageComparesWithAnInt() {
        List<Long> albums = db.select(TRACK.albumId).from(TRACK).where(TRACK.albumId.isNotNull())
                .groupBy(TRACK.albumId).having(avg(TRACK.rating).ge(4)).fetch();
        Map<Long, Double> averages = data.tracks().stream().filter(t -> t.albumId() != null && t.rating() != null)
                .collect(Collectors.groupingBy(Track::albumId, Collectors.averagingInt(Track::rating)));
        assertThat(albums).containsExactlyInAnyOrderElementsOf(averages.entrySet().stream()
                .filter(e -> e.getValue() >= 4).map(Map.Entry::getKey).toList());
    }

    @AllDatabases
    void aDecimalSumComparesWithADecimalWithAFraction() {
        List<Tuple2<Long, BigDecimal>> rows = db.select(TRACK.albumId, sum(TRACK.unitPrice)).from(TRACK)
                .where(TRACK.albumId.isNotNull()).groupBy(TRACK.albumId)
                .having(sum(TRACK.unitPrice).gt(new BigDecimal("2.97"))).fetch();
        Map<Long, BigDecimal> sums = data.tracks().stream().filter(t -> t.albumId() != null)
                .collect(Collectors.groupingBy(Track::albumId, Collectors.reducing(BigDecimal.ZERO,
                        Track::unitPrice, BigDecimal::add)));
        assertThat(rows).containsExactlyInAnyOrderElementsOf(sums.entrySet().stream()
                .filter(e -> e.getValue().compareTo(new BigDecimal("2.97")) > 0)
                .map(e -> new Tuple2<>(e.getKey(), e.getValue())).toList());
    }

    @AllDatabases
    void concatTakesPlainStrings() {
        List<String> labels = db.select(concat(ARTIST.name, " (", coalesce(ARTIST.country, "?"), ")"))
                .from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
        assertThat(labels).containsExactlyElementsOf(data.artists().stream()
                .sorted(Comparator.comparing(Artist::name))
                .map(a -> a.name() + " (" + (a.country() == null ? "?" : a.country()) + ")").toList());
        assertThatThrownBy(() -> concat(ARTIST.name, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part 2").hasMessageContaining("java.lang.Integer");
    }

    @AllDatabases
    void updatesAndInsertsTakeWholeNumbersForLongAndDecimalColumns() {
        db.update(TRACK).set(TRACK.unitPrice, 2).set(TRACK.albumId, 15).where(TRACK.id.eq(119)).execute();
        db.insertInto(TRACK).set(TRACK.id, 500).set(TRACK.albumId, 11).set(TRACK.position, 9).set(TRACK.name, "New")
                .set(TRACK.milliseconds, 1000).set(TRACK.unitPrice, 1L).execute();
        assertThat(db.select(TRACK.id, TRACK.albumId, TRACK.unitPrice).from(TRACK).where(TRACK.id.in(119, 500))
                .orderBy(TRACK.id.asc()).fetch())
                .containsExactly(new dev.quarry.query.Tuple3<>(119L, 15L, new BigDecimal("2.00")),
                        new dev.quarry.query.Tuple3<>(500L, 11L, new BigDecimal("1.00")));
    }

    @AllDatabases
    void aLongCoalescesWithAnInt() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id, coalesce(TRACK.albumId, 0)).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.albumId() == null ? 0L : t.albumId())).toList());
        List<Album> cheap = db.selectFrom(ALBUM).where(ALBUM.price.lt(10), ALBUM.artistId.ge(0)).fetch();
        assertThat(cheap).extracting(Album::id).containsExactlyInAnyOrder(11L, 12L, 17L);
    }
}
