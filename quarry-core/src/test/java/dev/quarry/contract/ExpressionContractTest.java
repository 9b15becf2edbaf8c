package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.abs;
import static dev.quarry.query.Dsl.coalesce;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.length;
import static dev.quarry.query.Dsl.lower;
import static dev.quarry.query.Dsl.upper;
import static dev.quarry.query.Dsl.val;
import static dev.quarry.query.Dsl.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;

/** Arithmetic, text functions, coalesce and CASE, computed in SQL and compared with Java on the same data. */
class ExpressionContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void integerArithmeticMatchesJava() {
        List<Tuple3<Long, Integer, Integer>> rows = db.select(TRACK.id,
                TRACK.milliseconds.plus(TRACK.position).minus(7).times(3),
                TRACK.milliseconds.mod(7)).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple3<>(t.id(), (t.milliseconds() + t.position() - 7) * 3, t.milliseconds() % 7))
                .toList());
    }

    @AllDatabases
    void integerDivisionTruncatesTowardZeroOnEveryDatabase() {
        List<Tuple3<Long, Integer, Integer>> rows = db.select(TRACK.id, TRACK.milliseconds.div(7_000),
                TRACK.milliseconds.times(-1).div(7_000)).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple3<>(t.id(), t.milliseconds() / 7_000, -t.milliseconds() / 7_000)).toList());
    }

    @AllDatabases
    void moduloOfANegativeNumberKeepsTheDividendsSign() {
        List<Tuple2<Long, Integer>> rows = db.select(TRACK.id, TRACK.milliseconds.times(-1).mod(7)).from(TRACK)
                .fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), -t.milliseconds() % 7)).toList());
    }

    @AllDatabases
    void decimalArithmeticIsExact() {
        List<Tuple2<Long, BigDecimal>> rows = db.select(ALBUM.id, ALBUM.price.times(new BigDecimal("3"))
                .minus(new BigDecimal("0.01"))).from(ALBUM).fetch();
        for (Album a : data.albums()) {
            BigDecimal expected = a.price().multiply(new BigDecimal("3")).subtract(new BigDecimal("0.01"));
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.v1()).isEqualTo(a.id());
                assertThat(r.v2()).isEqualByComparingTo(expected);
            });
        }
    }

    @AllDatabases
    void arithmeticWithANullOperandIsNull() {
        List<Tuple2<Long, Integer>> rows = db.select(TRACK.id, TRACK.rating.plus(1)).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.rating() == null ? null : t.rating() + 1)).toList());
    }

    @AllDatabases
    void absOfANegatedColumnIsTheColumn() {
        List<Tuple2<Long, Integer>> rows = db.select(TRACK.id, abs(TRACK.milliseconds.times(-1))).from(TRACK)
                .fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.milliseconds())).toList());
    }

    @AllDatabases
    void lowerAndUpperOfAsciiMatchJava() {
        List<Tuple3<Long, String, String>> rows = db.select(TRACK.id, lower(TRACK.name), upper(TRACK.name))
                .from(TRACK).where(TRACK.id.le(108L)).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks(t -> t.id() <= 108).stream()
                .map(t -> new Tuple3<>(t.id(), t.name().toLowerCase(Locale.ROOT), t.name().toUpperCase(Locale.ROOT)))
                .toList());
    }

    @AllDatabases
    void lowerAndUpperFoldNonAsciiLetters() {
        List<Tuple3<String, String, String>> rows = db.select(ARTIST.name, lower(ARTIST.name), upper(ARTIST.name))
                .from(ARTIST).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.artists().stream()
                .map(a -> new Tuple3<>(a.name(), a.name().toLowerCase(Locale.ROOT),
                        a.name().toUpperCase(Locale.ROOT)))
                .toList());
    }

    @AllDatabases
    void lengthCountsCharactersNotBytesOrUtf16Units() {
        List<Tuple2<String, Integer>> rows = db.select(TRACK.name, length(TRACK.name)).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.name(), t.name().codePointCount(0, t.name().length()))).toList());
        assertThat(data.tracks()).anySatisfy(t -> assertThat(t.name().codePointCount(0, t.name().length()))
                .isLessThan(t.name().length()));
    }

    @AllDatabases
    void concatJoinsTextAndIsNullWhenAPartIsNull() {
        List<Tuple2<Long, String>> rows = db.select(ARTIST.id, concat(ARTIST.name, val(" / "), ARTIST.country))
                .from(ARTIST).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.artists().stream()
                .map(a -> new Tuple2<>(a.id(), a.country() == null ? null : a.name() + " / " + a.country()))
                .toList());
    }

    @AllDatabases
    void coalesceReplacesNullWithTheFallback() {
        List<Tuple2<Long, String>> rows = db.select(ARTIST.id, coalesce(ARTIST.country, "unknown")).from(ARTIST)
                .fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.artists().stream()
                .map(a -> new Tuple2<>(a.id(), a.country() == null ? "unknown" : a.country())).toList());
        List<Tuple2<Long, Integer>> ratings = db.select(TRACK.id, coalesce(TRACK.rating, TRACK.position))
                .from(TRACK).fetch();
        assertThat(ratings).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.rating() == null ? t.position() : t.rating())).toList());
    }

    @AllDatabases
    void caseWhenTakesTheFirstMatchingBranch() {
        List<Tuple2<Long, String>> rows = db.select(TRACK.id,
                        when(TRACK.milliseconds.gt(400_000), "epic")
                                .when(TRACK.milliseconds.gt(240_000), "long")
                                .otherwise("short"))
                .from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.milliseconds() > 400_000 ? "epic"
                        : t.milliseconds() > 240_000 ? "long" : "short")).toList());
    }

    @AllDatabases
    void caseWhenWithoutOtherwiseIsNullWhenNothingMatches() {
        List<Tuple2<Long, Integer>> rows = db.select(TRACK.id, when(TRACK.genre.eq("Rock"), TRACK.rating))
                .from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), "Rock".equals(t.genre()) ? t.rating() : null)).toList());
    }

    @AllDatabases
    void expressionsWorkInWhereAndOrderBy() {
        List<String> names = db.select(ARTIST.name).from(ARTIST)
                .where(length(ARTIST.name).gt(5))
                .orderBy(length(ARTIST.name).desc(), ARTIST.name.asc()).fetch();
        assertThat(names).containsExactlyElementsOf(data.artists().stream().map(Artist::name)
                .filter(n -> n.codePointCount(0, n.length()) > 5)
                .sorted(java.util.Comparator.comparingInt((String n) -> n.codePointCount(0, n.length())).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList());
    }

    @AllDatabases
    void boundValuesCanBeSelectedAsColumns() {
        List<Tuple3<Long, String, Long>> rows = db.select(TRACK.id, val("x"), val(7L)).from(TRACK)
                .where(TRACK.id.eq(101L)).fetch();
        Track first = data.tracks().get(0);
        assertThat(rows).containsExactly(new Tuple3<>(first.id(), "x", 7L));
    }
}
