package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.exists;
import static dev.quarry.query.Dsl.falseCondition;
import static dev.quarry.query.Dsl.not;
import static dev.quarry.query.Dsl.notExists;
import static dev.quarry.query.Dsl.or;
import static dev.quarry.query.Dsl.select;
import static dev.quarry.query.Dsl.selectOne;
import static dev.quarry.query.Dsl.trueCondition;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Condition;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;

/** Every kind of filter, checked against the same filter applied in Java to the written data. */
class WhereContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    private void assertTracks(Condition where, Predicate<Track> expected) {
        List<Track> want = data.tracks(expected);
        assertThat(db.selectFrom(TRACK).where(where).fetch())
                .as("rows where %s", where)
                .containsExactlyInAnyOrderElementsOf(want);
    }

    @AllDatabases
    void eachComparisonOperatorSelectsTheRowsJavaWould() {
        int pivot = 233_000;
        assertTracks(TRACK.milliseconds.eq(pivot), t -> t.milliseconds() == pivot);
        assertTracks(TRACK.milliseconds.ne(pivot), t -> t.milliseconds() != pivot);
        assertTracks(TRACK.milliseconds.lt(pivot), t -> t.milliseconds() < pivot);
        assertTracks(TRACK.milliseconds.le(pivot), t -> t.milliseconds() <= pivot);
        assertTracks(TRACK.milliseconds.gt(pivot), t -> t.milliseconds() > pivot);
        assertTracks(TRACK.milliseconds.ge(pivot), t -> t.milliseconds() >= pivot);
    }

    @AllDatabases
    void comparisonsOfTwoColumnsCompareRowByRow() {
        assertTracks(TRACK.position.lt(TRACK.rating), t -> t.rating() != null && t.position() < t.rating());
    }

    @AllDatabases
    void comparisonWithNullValueMeansIsNull() {
        assertTracks(TRACK.genre.eq((String) null), t -> t.genre() == null);
        assertTracks(TRACK.genre.ne((String) null), t -> t.genre() != null);
    }

    @AllDatabases
    void comparisonOfDecimalsAndDatesIsByValue() {
        assertTracks(TRACK.unitPrice.gt(new BigDecimal("1.0")), t -> t.unitPrice().compareTo(BigDecimal.ONE) > 0);
        List<Album> before1990 = db.selectFrom(ALBUM)
                .where(ALBUM.released.lt(java.time.LocalDate.of(1990, 1, 1))).fetch();
        assertThat(before1990).containsExactlyInAnyOrderElementsOf(data.albums().stream()
                .filter(a -> a.released() != null && a.released().getYear() < 1990).toList());
    }

    @AllDatabases
    void betweenIncludesBothEnds() {
        assertTracks(TRACK.milliseconds.between(206_000, 233_000),
                t -> t.milliseconds() >= 206_000 && t.milliseconds() <= 233_000);
        assertTracks(TRACK.milliseconds.notBetween(206_000, 233_000),
                t -> t.milliseconds() < 206_000 || t.milliseconds() > 233_000);
    }

    @AllDatabases
    void inListMatchesAnyOfItsValues() {
        assertTracks(TRACK.genre.in("Rock", "Ambient"), t -> t.genre() != null && Set.of("Rock", "Ambient").contains(t.genre()));
        assertTracks(TRACK.id.notIn(101L, 102L, 103L), t -> t.id() > 103);
    }

    @AllDatabases
    void emptyInListMatchesNothingAndEmptyNotInMatchesEverything() {
        assertTracks(TRACK.id.in(List.of()), t -> false);
        assertTracks(TRACK.id.notIn(List.of()), t -> true);
    }

    @AllDatabases
    void longInListIsBoundAsParameters() {
        List<Long> ids = java.util.stream.LongStream.rangeClosed(1, 2_000).boxed().toList();
        assertTracks(TRACK.id.in(ids), t -> t.id() <= 2_000);
    }

    @AllDatabases
    void inSubqueryMatchesTheSubquerysValues() {
        List<Artist> withAlbums = db.selectFrom(ARTIST)
                .where(ARTIST.id.in(select(ALBUM.artistId).from(ALBUM))).fetch();
        assertThat(withAlbums).containsExactlyInAnyOrderElementsOf(data.artists().stream()
                .filter(a -> !data.albumsOf(a.id()).isEmpty()).toList());
        List<Artist> without = db.selectFrom(ARTIST)
                .where(ARTIST.id.notIn(select(ALBUM.artistId).from(ALBUM))).fetch();
        assertThat(without).containsExactlyInAnyOrderElementsOf(data.artists().stream()
                .filter(a -> data.albumsOf(a.id()).isEmpty()).toList());
    }

    @AllDatabases
    void likeUsesPercentAndUnderscoreWildcardsCaseSensitively() {
        assertTracks(TRACK.name.like("H%"), t -> t.name().startsWith("H"));
        assertTracks(TRACK.name.like("h%"), t -> t.name().startsWith("h"));
        assertTracks(TRACK.name.like("S_r%"), t -> t.name().length() > 2 && t.name().charAt(0) == 'S'
                && t.name().charAt(2) == 'r');
        assertTracks(TRACK.name.notLike("%e%"), t -> !t.name().contains("e"));
    }

    @AllDatabases
    void likeWithAnEscapedWildcardMatchesItLiterally() {
        assertTracks(TRACK.name.like("%100\\%%"), t -> t.name().contains("100%"));
        assertTracks(TRACK.name.like("%\\_demo\\_"), t -> t.name().endsWith("_demo_"));
    }

    @AllDatabases
    void likeIgnoreCaseMatchesAsciiInAnyCase() {
        assertTracks(TRACK.name.likeIgnoreCase("%BLACK%"), t -> t.name().toLowerCase(Locale.ROOT).contains("black"));
    }

    @AllDatabases
    void likeIgnoreCaseIsNotFooledByTheTurkishDotlessI() {
        // the JVM runs under tr-TR: "TITLE".toLowerCase() there is "tıtle", which must not be what Quarry sends
        assertTracks(TRACK.name.likeIgnoreCase("TITLE%"), t -> t.name().toUpperCase(Locale.ROOT).startsWith("TITLE"));
        assertThat(data.tracks(t -> t.name().startsWith("Title"))).isNotEmpty();
    }

    @AllDatabases
    void likeIgnoreCaseFoldsNonAsciiLetters() {
        assertTracks(TRACK.name.likeIgnoreCase("STARÁLFUR"), t -> t.name().equalsIgnoreCase("STARÁLFUR"));
        assertThat(data.tracks(t -> t.name().equals("Starálfur"))).hasSize(1);
        // the stored value holds the capital: "Ólafur Arnalds"
        List<Artist> found = db.selectFrom(ARTIST).where(ARTIST.name.likeIgnoreCase("ólafur%")).fetch();
        assertThat(found).containsExactly(data.artist("Ólafur Arnalds"));
    }

    @AllDatabases
    void containsStartsWithAndEndsWithMatchLiterally() {
        assertTracks(TRACK.name.contains("to"), t -> t.name().contains("to"));
        assertTracks(TRACK.name.startsWith("Back"), t -> t.name().startsWith("Back"));
        assertTracks(TRACK.name.endsWith("Hell"), t -> t.name().endsWith("Hell"));
        assertTracks(TRACK.name.contains("%"), t -> t.name().contains("%"));
        assertTracks(TRACK.name.contains("_"), t -> t.name().contains("_"));
        assertTracks(TRACK.name.contains("'"), t -> t.name().contains("'"));
        assertTracks(TRACK.name.containsIgnoreCase("HELL"), t -> t.name().toLowerCase(Locale.ROOT).contains("hell"));
    }

    @AllDatabases
    void textComparisonIsCaseSensitive() {
        assertTracks(TRACK.name.eq("sorry"), t -> t.name().equals("sorry"));
        assertTracks(TRACK.name.eq("Sorry"), t -> t.name().equals("Sorry"));
    }

    @AllDatabases
    void textComparisonDoesNotIgnoreTrailingSpaces() {
        assertTracks(TRACK.name.eq("Sorry "), t -> t.name().equals("Sorry "));
    }

    @AllDatabases
    void isNullAndIsNotNullSplitTheRows() {
        assertTracks(TRACK.rating.isNull(), t -> t.rating() == null);
        assertTracks(TRACK.rating.isNotNull(), t -> t.rating() != null);
        assertTracks(TRACK.albumId.isNull(), t -> t.albumId() == null);
    }

    @AllDatabases
    void andOrAndNotCombineLikeBooleanLogic() {
        assertTracks(TRACK.genre.eq("Rock").and(TRACK.rating.eq(5)),
                t -> "Rock".equals(t.genre()) && Objects.equals(t.rating(), 5));
        assertTracks(TRACK.genre.eq("Ambient").or(TRACK.rating.eq(5)),
                t -> "Ambient".equals(t.genre()) || Objects.equals(t.rating(), 5));
        assertTracks(not(TRACK.genre.eq("Rock").or(TRACK.milliseconds.gt(300_000))),
                t -> t.genre() != null && !t.genre().equals("Rock") && t.milliseconds() <= 300_000);
        assertTracks(TRACK.genre.eq("Rock").not(), t -> t.genre() != null && !t.genre().equals("Rock"));
        assertTracks(or(TRACK.id.eq(101L), TRACK.id.eq(120L)).and(TRACK.milliseconds.gt(200_000)),
                t -> (t.id() == 101 || t.id() == 120) && t.milliseconds() > 200_000);
    }

    @AllDatabases
    void severalWhereCallsAreAnded() {
        List<Track> rows = db.selectFrom(TRACK).where(TRACK.genre.eq("Rock"))
                .where(TRACK.rating.eq(5), TRACK.unitPrice.eq(new BigDecimal("0.99"))).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks(t -> "Rock".equals(t.genre())
                && Objects.equals(t.rating(), 5) && t.unitPrice().compareTo(new BigDecimal("0.99")) == 0));
    }

    @AllDatabases
    void trueAndFalseConditionsStartFiltersBuiltInALoop() {
        assertTracks(trueCondition(), t -> true);
        assertTracks(falseCondition(), t -> false);
        Condition anyOf = falseCondition();
        for (String g : List.of("Folk", "R&B")) {
            anyOf = anyOf.or(TRACK.genre.eq(g));
        }
        assertTracks(anyOf, t -> "Folk".equals(t.genre()) || "R&B".equals(t.genre()));
    }

    @AllDatabases
    void existsAndNotExistsCorrelateWithTheOuterRow() {
        List<Album> withTracks = db.selectFrom(ALBUM)
                .where(exists(selectOne().from(TRACK).where(TRACK.albumId.eq(ALBUM.id)))).fetch();
        assertThat(withTracks).containsExactlyInAnyOrderElementsOf(data.albums().stream()
                .filter(a -> !data.tracksOf(a.id()).isEmpty()).toList());
        List<Album> empty = db.selectFrom(ALBUM)
                .where(notExists(selectOne().from(TRACK).where(TRACK.albumId.eq(ALBUM.id)))).fetch();
        assertThat(empty).containsExactlyInAnyOrderElementsOf(data.albums().stream()
                .filter(a -> data.tracksOf(a.id()).isEmpty()).toList());
    }
}
