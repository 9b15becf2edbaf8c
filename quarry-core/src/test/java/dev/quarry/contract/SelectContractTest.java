package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/** Selecting records, columns and tuples; ordering, paging, distinct; fetchOne, fetchOptional, fetchFirst. */
class SelectContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void selectFromReadsEveryRecordAsWritten() {
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());
        assertThat(db.selectFrom(ALBUM).fetch()).containsExactlyInAnyOrderElementsOf(data.albums());
    }

    @AllDatabases
    void singleColumnSelectReadsTheColumnsValues() {
        List<String> names = db.select(ARTIST.name).from(ARTIST).fetch();
        assertThat(names).containsExactlyInAnyOrderElementsOf(data.artists().stream().map(Artist::name).toList());
    }

    @AllDatabases
    void nullableColumnReadsNullsAsNull() {
        List<String> countries = db.select(ARTIST.country).from(ARTIST).fetch();
        assertThat(countries).containsExactlyInAnyOrderElementsOf(
                data.artists().stream().map(Artist::country).toList());
        assertThat(countries).containsNull();
    }

    @AllDatabases
    void tupleSelectPairsTheColumnsOfEachRow() {
        List<Tuple3<Long, String, Integer>> rows = db.select(TRACK.id, TRACK.name, TRACK.rating).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(
                data.tracks().stream().map(t -> new Tuple3<>(t.id(), t.name(), t.rating())).toList());
    }

    @AllDatabases
    void recordAndColumnCanBeSelectedTogether() {
        List<Tuple2<Album, String>> rows = db.select(ALBUM, ARTIST.name).from(ALBUM)
                .join(ARTIST).on(ARTIST.id.eq(ALBUM.artistId)).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.albums().stream()
                .map(a -> new Tuple2<>(a, data.artists().stream().filter(r -> r.id() == a.artistId())
                        .findFirst().orElseThrow().name())).toList());
    }

    @AllDatabases
    void orderByAscendingAndDescendingWithTieBreak() {
        List<Long> ids = db.select(TRACK.id).from(TRACK)
                .orderBy(TRACK.unitPrice.desc(), TRACK.milliseconds.asc()).fetch();
        assertThat(ids).containsExactlyElementsOf(MusicData.sorted(data.tracks(),
                Comparator.comparing(Track::unitPrice).reversed().thenComparingInt(Track::milliseconds))
                .stream().map(Track::id).toList());
    }

    @AllDatabases
    void nullsLastPutsNullsAfterValuesInBothDirections() {
        List<Long> asc = db.select(TRACK.id).from(TRACK)
                .orderBy(TRACK.rating.asc().nullsLast(), TRACK.id.asc()).fetch();
        List<Long> desc = db.select(TRACK.id).from(TRACK)
                .orderBy(TRACK.rating.desc().nullsLast(), TRACK.id.asc()).fetch();
        Comparator<Integer> up = Comparator.nullsLast(Comparator.<Integer>naturalOrder());
        Comparator<Integer> down = Comparator.nullsLast(Comparator.<Integer>reverseOrder());
        assertThat(asc).containsExactlyElementsOf(idsBy(Comparator.comparing(Track::rating, up)));
        assertThat(desc).containsExactlyElementsOf(idsBy(Comparator.comparing(Track::rating, down)));
    }

    @AllDatabases
    void nullsFirstPutsNullsBeforeValuesInBothDirections() {
        List<Long> asc = db.select(TRACK.id).from(TRACK)
                .orderBy(TRACK.rating.asc().nullsFirst(), TRACK.id.asc()).fetch();
        List<Long> desc = db.select(TRACK.id).from(TRACK)
                .orderBy(TRACK.rating.desc().nullsFirst(), TRACK.id.asc()).fetch();
        Comparator<Integer> up = Comparator.nullsFirst(Comparator.<Integer>naturalOrder());
        Comparator<Integer> down = Comparator.nullsFirst(Comparator.<Integer>reverseOrder());
        assertThat(asc).containsExactlyElementsOf(idsBy(Comparator.comparing(Track::rating, up)));
        assertThat(desc).containsExactlyElementsOf(idsBy(Comparator.comparing(Track::rating, down)));
    }

    private List<Long> idsBy(Comparator<Track> order) {
        return MusicData.sorted(data.tracks(), order.thenComparingLong(Track::id)).stream().map(Track::id).toList();
    }

    @AllDatabases
    void limitAndOffsetPageThroughTheOrderedRows() {
        List<Long> all = idsBy(Comparator.comparing(Track::name));
        List<Long> page = db.select(TRACK.id).from(TRACK).orderBy(TRACK.name.asc(), TRACK.id.asc())
                .limit(5).offset(3).fetch();
        assertThat(page).containsExactlyElementsOf(all.subList(3, 8));
    }

    @AllDatabases
    void offsetWithoutLimitSkipsRowsAndReturnsTheRest() {
        List<Long> all = idsBy(Comparator.comparingLong(Track::id));
        List<Long> rest = db.select(TRACK.id).from(TRACK).orderBy(TRACK.id.asc()).offset(15).fetch();
        assertThat(rest).containsExactlyElementsOf(all.subList(15, all.size()));
    }

    @AllDatabases
    void limitZeroReturnsNoRows() {
        assertThat(db.selectFrom(TRACK).limit(0).fetch()).isEmpty();
    }

    @AllDatabases
    void distinctRemovesDuplicateRows() {
        List<String> genres = db.select(TRACK.genre).from(TRACK).distinct().fetch();
        assertThat(genres).containsExactlyInAnyOrderElementsOf(
                data.tracks().stream().map(Track::genre).distinct().toList());
    }

    @AllDatabases
    void distinctAppliesToTheWholeTuple() {
        List<Tuple2<Long, java.math.BigDecimal>> rows = db.select(TRACK.albumId, TRACK.unitPrice).from(TRACK)
                .distinct().fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.albumId(), t.unitPrice())).distinct().toList());
    }

    @AllDatabases
    void fetchOneReturnsTheOnlyRow() {
        Track expected = data.tracks().get(4);
        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(expected.id())).fetchOne()).isEqualTo(expected);
    }

    @AllDatabases
    void fetchOneOfNoRowsThrowsNoRowExceptionWithItsSql() {
        assertThatThrownBy(() -> db.selectFrom(TRACK).where(TRACK.id.eq(-98765L)).fetchOne())
                .isInstanceOfSatisfying(NoRowException.class, e -> {
                    // the SQL as prepared and raw queries attach it: values stay ?, never in the message
                    assertThat(e.sql()).containsIgnoringCase("from").contains("track").contains("?");
                    assertThat(e.getMessage()).contains(e.sql()).doesNotContain("98765");
                });
    }

    @AllDatabases
    void fetchOneOfSeveralRowsThrowsTooManyRowsExceptionWithItsSql() {
        assertThatThrownBy(() -> db.selectFrom(TRACK).where(TRACK.genre.eq("Rock")).fetchOne())
                .isInstanceOfSatisfying(TooManyRowsException.class,
                        e -> assertThat(e.sql()).contains("genre").contains("?").doesNotContain("Rock"));
    }

    @AllDatabases
    void fetchOneOfManyRowsStopsReadingAndTheConnectionServesTheNextQueries() {
        // more rows than one network packet holds, so a driver that fetches a few at a time (MariaDB) must skip the
        // rest when the result closes early; the next reads on the same connection then see only their own rows
        List<Track> many = java.util.stream.IntStream.rangeClosed(1, 3_000)
                .mapToObj(i -> new Track(100_000 + i, null, i, "Many " + i + " " + "x".repeat(100), "Bulk", i, null,
                        java.math.BigDecimal.ONE))
                .toList();
        db.insertInto(TRACK).values(many).execute();
        Track one = data.tracks().get(0);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> db.selectFrom(TRACK).where(TRACK.genre.eq("Bulk")).fetchOne())
                    .isInstanceOf(TooManyRowsException.class);
            assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(one.id())).fetchOne()).isEqualTo(one);
            assertThat(db.selectFrom(TRACK).where(TRACK.genre.eq("Bulk")).fetch()).hasSize(many.size());
        }
    }

    @AllDatabases
    void fetchOptionalIsEmptyForNoRowAndFullForOne() {
        Track expected = data.tracks().get(0);
        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(-1L)).fetchOptional()).isEmpty();
        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(expected.id())).fetchOptional()).contains(expected);
        assertThatThrownBy(() -> db.selectFrom(TRACK).fetchOptional())
                .isInstanceOfSatisfying(TooManyRowsException.class, e -> assertThat(e.sql()).contains("track"));
    }

    @AllDatabases
    void fetchFirstReturnsTheFirstRowOfTheOrderAndIgnoresTheRest() {
        Optional<Track> first = db.selectFrom(TRACK).orderBy(TRACK.milliseconds.desc()).fetchFirst();
        assertThat(first).contains(data.tracks().stream()
                .max(Comparator.comparingInt(Track::milliseconds)).orElseThrow());
        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(-1L)).fetchFirst()).isEmpty();
    }

    @AllDatabases
    void aSelectReadsNullSingleValueAsAnEmptyOptionalNotAnError() {
        Optional<String> country = db.select(ARTIST.country).from(ARTIST)
                .where(ARTIST.name.eq("The Nobodies")).fetchOptional();
        assertThat(country).isEmpty();
        assertThat(data.artist("The Nobodies").country()).isNull();
    }

    @AllDatabases
    void selectsBuiltOnceCanBeExtendedWithoutChangingTheOriginal() {
        var rock = db.selectFrom(TRACK).where(TRACK.genre.eq("Rock"));
        var shortRock = rock.where(TRACK.milliseconds.lt(250_000));
        assertThat(rock.fetch()).hasSize(data.tracks(t -> Objects.equals(t.genre(), "Rock")).size());
        assertThat(shortRock.fetch()).containsExactlyInAnyOrderElementsOf(
                data.tracks(t -> Objects.equals(t.genre(), "Rock") && t.milliseconds() < 250_000));
    }
}
