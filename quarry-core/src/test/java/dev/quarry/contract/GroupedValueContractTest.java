package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.coalesce;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Expression;
import dev.quarry.query.Tuple2;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * An expression that holds a value, grouped and selected (and filtered in HAVING, sorted in ORDER BY), runs on every
 * database. Bound as parameters, its values would make PostgreSQL see a different expression in each clause
 * (SQLSTATE 42803); Quarry writes them inline there, escaped by the dialect, so the values come back exactly.
 */
class GroupedValueContractTest {
    /** Holds a quote mark and a backslash, which each database escapes its own way. */
    private static final String TRICKY = "it's \\ n/a";

    private Quarry db;

    @BeforeEach
    void fill(TestDb t) {
        db = t.use(ARTIST);
        db.insertInto(ARTIST).values(List.of(new Artist(0, "a", "USA"), new Artist(0, "b", null),
                new Artist(0, "c", "USA"), new Artist(0, "d", null), new Artist(0, "e", "IS"))).execute();
    }

    private static Expression<String> country() {
        return coalesce(ARTIST.country, "n/a");
    }

    @AllDatabases
    void anExpressionWithAValueCanBeGroupedAndSelected() {
        List<Tuple2<String, Long>> rows = db.select(country(), count()).from(ARTIST).groupBy(country()).fetch();
        assertThat(rows).containsExactlyInAnyOrder(new Tuple2<>("USA", 2L), new Tuple2<>("n/a", 2L),
                new Tuple2<>("IS", 1L));
    }

    @AllDatabases
    void theSameExpressionMayAlsoBeSortedWithAnAggregateInHaving() {
        List<Tuple2<String, Long>> rows = db.select(country().as("place"), count()).from(ARTIST)
                .groupBy(country()).having(count().gt(1L)).orderBy(country().desc()).fetch();
        assertThat(rows).extracting(Tuple2::v1).containsExactlyInAnyOrder("USA", "n/a");
        assertThat(rows).allMatch(r -> r.v2() == 2L);
    }

    /**
     * MariaDB does not match an expression in HAVING with the same expression in GROUP BY (it looks for the bare
     * column: error 1054), so there Quarry names the select item and HAVING refers to it by that name.
     */
    @AllDatabases
    void theSameExpressionMayAlsoBeFilteredInHaving() {
        List<Tuple2<String, Long>> rows = db.select(country(), count()).from(ARTIST)
                .groupBy(country()).having(country().ne("IS")).fetch();
        assertThat(rows).containsExactlyInAnyOrder(new Tuple2<>("USA", 2L), new Tuple2<>("n/a", 2L));
    }

    @AllDatabases
    void havingMayUseAnAliasedItemAnAggregateAndASubqueryOfItsOwn() {
        List<Tuple2<String, Long>> rows = db.select(country().as("place"), count()).from(ARTIST)
                .groupBy(country())
                .having(country().ne("IS").and(count().gt(1L))
                        .and(country().ne(scalar(db.select(country()).from(ARTIST).where(ARTIST.name.eq("e"))))))
                .fetch();
        assertThat(rows).containsExactlyInAnyOrder(new Tuple2<>("USA", 2L), new Tuple2<>("n/a", 2L));
    }

    @AllDatabases
    void aValueWithAQuoteAndABackslashComesBackExactly() {
        Expression<String> tricky = coalesce(ARTIST.country, TRICKY);
        List<Tuple2<String, Long>> rows = db.select(tricky, count()).from(ARTIST).groupBy(tricky).fetch();
        assertThat(rows).containsExactlyInAnyOrder(new Tuple2<>("USA", 2L), new Tuple2<>(TRICKY, 2L),
                new Tuple2<>("IS", 1L));
    }

    @AllDatabases
    void arithmeticWithAValueGroupsToo() {
        Expression<Long> bucket = ARTIST.id.minus(ARTIST.id).plus(7L);
        List<Tuple2<Long, Long>> rows = db.select(bucket, count()).from(ARTIST).groupBy(bucket).fetch();
        assertThat(rows).containsExactly(new Tuple2<>(7L, 5L));
    }

    @AllDatabases
    void valuesOutsideTheGroupedExpressionStayBoundParameters() {
        String sql = db.select(country(), count()).from(ARTIST).where(ARTIST.name.ne("zzz"))
                .groupBy(country()).prepare().sql();
        assertThat(sql).contains("n/a").doesNotContain("zzz");
    }
}
