package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.cast;
import static dev.quarry.query.Dsl.day;
import static dev.quarry.query.Dsl.month;
import static dev.quarry.query.Dsl.year;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.MusicData;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple4;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** Date parts and casts computed by each database, compared with Java on the same rows. */
class DatePartAndCastContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void yearMonthAndDayOfADateMatchJava() {
        List<Tuple4<Long, Integer, Integer, Integer>> rows = db.select(ALBUM.id, year(ALBUM.released),
                month(ALBUM.released), day(ALBUM.released)).from(ALBUM).where(ALBUM.released.isNotNull()).fetch();
        assertThat(rows).isNotEmpty().containsExactlyInAnyOrderElementsOf(data.albums().stream()
                .filter(a -> a.released() != null)
                .map(a -> new Tuple4<>(a.id(), a.released().getYear(), a.released().getMonthValue(),
                        a.released().getDayOfMonth()))
                .toList());
    }

    @AllDatabases
    void groupingByYearCountsTheAlbumsOfEachYear() {
        List<Tuple2<Integer, Long>> rows = db.select(year(ALBUM.released), dev.quarry.query.Dsl.count())
                .from(ALBUM).where(ALBUM.released.isNotNull()).groupBy(year(ALBUM.released)).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.albums().stream()
                .filter(a -> a.released() != null)
                .collect(java.util.stream.Collectors.groupingBy(a -> a.released().getYear(),
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().map(e -> new Tuple2<>(e.getKey(), e.getValue())).toList());
    }

    @AllDatabases
    void aDecimalTimesACastIntegerIsExact() {
        List<Tuple2<Long, BigDecimal>> rows = db.select(ALBUM.id,
                ALBUM.price.times(cast(ALBUM.artistId, ALBUM.price.type()))).from(ALBUM).fetch();
        assertThat(rows).hasSize(data.albums().size()).allSatisfy(r -> {
            Album a = data.albums().stream().filter(x -> x.id() == r.v1()).findFirst().orElseThrow();
            assertThat(r.v2()).isEqualByComparingTo(a.price().multiply(BigDecimal.valueOf(a.artistId())));
        });
    }

    @AllDatabases
    void castToTextAndBackToLongRoundTrips() {
        List<Tuple2<Long, Long>> rows = db.select(TRACK.id,
                cast(cast(TRACK.milliseconds, DataType.STRING), DataType.LONG)).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), (long) t.milliseconds())).toList());
    }
}
