package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.Rendered;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.internal.dialect.TestDialects.values;
import static dev.quarry.query.Dsl.avg;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.countDistinct;
import static dev.quarry.query.Dsl.falseCondition;
import static dev.quarry.query.Dsl.function;
import static dev.quarry.query.Dsl.length;
import static dev.quarry.query.Dsl.param;
import static dev.quarry.query.Dsl.rowNumber;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.trueCondition;
import static dev.quarry.query.Dsl.val;
import static dev.quarry.query.Dsl.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.mariadb.MariaDbDialect;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Window;
import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionRenderingTest {

    /** The SQL of {@code e} alone: the select list of {@code SELECT e FROM "album"}. */
    private static String of(Dialect d, Expression<?> e) {
        String sql = d.render(DB.select(e).from(ALBUM).query()).sql();
        return sql.substring("SELECT ".length(), sql.lastIndexOf(" FROM "));
    }

    /** The SQL of {@code c} as a filter. */
    private static String where(Dialect d, Condition c) {
        String sql = d.render(DB.select(val(1)).from(ARTIST).where(c).query()).sql();
        return sql.substring(sql.indexOf(" WHERE ") + " WHERE ".length());
    }

    @Test
    void concatIsPipesOnSqliteAndPostgresAndConcatOnMariaDb() {
        Expression<String> e = concat(ALBUM.title, val(" - "), ALBUM.title);
        assertThat(of(SQLITE, e)).isEqualTo("(\"album\".\"title\" || ? || \"album\".\"title\")");
        assertThat(of(POSTGRES, e)).isEqualTo(of(SQLITE, e));
        assertThat(of(MARIADB, e)).isEqualTo("CONCAT(`album`.`title`, ?, `album`.`title`)");
    }

    @Test
    void aUserFunctionIsCalledByItsNameUnquotedWithBoundArgumentsOnEveryDatabase() {
        Expression<Double> e = function("half", DataType.DOUBLE, ALBUM.price, val(2));
        assertThat(of(SQLITE, e)).isEqualTo("half(\"album\".\"price\", ?)");
        assertThat(of(POSTGRES, e)).isEqualTo(of(SQLITE, e));
        assertThat(of(MARIADB, e)).isEqualTo("half(`album`.`price`, ?)");
        assertThat(of(SQLITE, function("random_id", DataType.LONG))).isEqualTo("random_id()");
        assertThat(values(SQLITE.render(DB.select(e).from(ALBUM).query()))).containsExactly(2);
    }

    @Test
    void aUserFunctionNameMustBeAnIdentifier() {
        for (String bad : List.of("", "1st", "half(1); DROP TABLE x; --", "my-fn", "\"q\"", "a.b", "ünï")) {
            assertThatThrownBy(() -> function(bad, DataType.LONG))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters, digits and underscores");
        }
        assertThat(function("_My_fn2", DataType.LONG)).isNotNull();
    }

    @Test
    void lengthCountsCharactersOnEveryDatabase() {
        assertThat(of(SQLITE, length(ALBUM.title))).isEqualTo("length(\"album\".\"title\")");
        assertThat(of(POSTGRES, length(ALBUM.title))).isEqualTo("CHAR_LENGTH(\"album\".\"title\")");
        assertThat(of(MARIADB, length(ALBUM.title))).isEqualTo("CHAR_LENGTH(`album`.`title`)");
    }

    @Test
    void integerDivisionTruncatesEverywhereAndModuloIsSpelledPerDatabase() {
        assertThat(of(SQLITE, ALBUM.id.div(2L))).isEqualTo("(\"album\".\"id\" / ?)");
        assertThat(of(POSTGRES, ALBUM.id.mod(2L))).isEqualTo("(\"album\".\"id\" % ?)");
        assertThat(of(MARIADB, ALBUM.id.div(2L))).isEqualTo("(`album`.`id` DIV ?)");
        assertThat(of(MARIADB, ALBUM.id.mod(2L))).isEqualTo("MOD(`album`.`id`, ?)");
        assertThat(of(MARIADB, ALBUM.id.plus(1L).times(3L))).isEqualTo("((`album`.`id` + ?) * ?)");
    }

    @Test
    void decimalDivisionKeepsItsFractionEverywhere() {
        Expression<BigDecimal> e = ALBUM.price.div(new BigDecimal("4"));
        assertThat(of(SQLITE, e)).isEqualTo("(CAST(\"album\".\"price\" AS REAL) / ?)");
        assertThat(of(POSTGRES, e)).isEqualTo("(\"album\".\"price\" / ?)");
        assertThat(of(MARIADB, e)).isEqualTo("(`album`.`price` / ?)");
    }

    @Test
    void likeAlwaysEscapesWithABackslashWrittenAsEachDatabaseReadsIt() {
        Condition c = ALBUM.title.contains("50%_off");
        String sql = SQLITE.render(DB.selectFrom(ALBUM).where(c).query()).sql();
        // SQLite: a case-sensitive LIKE is a GLOB, its pattern translated (SqliteGlob) and still bound
        assertThat(sql).endsWith("WHERE \"album\".\"title\" GLOB ?");
        assertThat(POSTGRES.render(DB.selectFrom(ALBUM).where(c).query()).sql()).endsWith(" ESCAPE '\\'");
        assertThat(MARIADB.render(DB.selectFrom(ALBUM).where(c).query()).sql())
                .endsWith("WHERE `album`.`title` LIKE ? ESCAPE '\\\\'");
        Dialect noBackslash = new MariaDbDialect(new int[]{10, 11, 6}, true);
        assertThat(noBackslash.render(DB.selectFrom(ALBUM).where(c).query()).sql()).endsWith(" ESCAPE '\\'");
        assertThat(values(POSTGRES.render(DB.selectFrom(ALBUM).where(c).query()))).containsExactly("%50\\%\\_off%");
        assertThat(values(SQLITE.render(DB.selectFrom(ALBUM).where(c).query()))).containsExactly("*50%_off*");
    }

    @Test
    void likeIgnoringCaseLowersBothSides() {
        assertThat(where(SQLITE, ARTIST.name.likeIgnoreCase("qu%"))).isEqualTo(
                "quarry_lower(\"artist\".\"name\") LIKE quarry_lower(?) ESCAPE '\\'");
        // PostgreSQL folds in a Unicode collation: Quarry's text columns are "C", which folds ASCII only
        assertThat(where(POSTGRES, ARTIST.name.likeIgnoreCase("qu%"))).isEqualTo(
                "LOWER((\"artist\".\"name\") COLLATE \"C.utf8\") LIKE LOWER((?) COLLATE \"C.utf8\") ESCAPE '\\'");
        assertThat(where(MARIADB, ARTIST.name.notLike("x%"))).isEqualTo("`artist`.`name` NOT LIKE ? ESCAPE '\\\\'");
    }

    @Test
    void emptyListsAndJunctionsAreConstantConditions() {
        assertThat(where(SQLITE, ARTIST.id.in(List.of()))).isEqualTo("1 = 0");
        assertThat(where(SQLITE, ARTIST.id.notIn(List.of()))).isEqualTo("1 = 1");
        assertThat(where(POSTGRES, trueCondition())).isEqualTo("1 = 1");
        assertThat(where(MARIADB, falseCondition())).isEqualTo("1 = 0");
        assertThat(where(SQLITE, ARTIST.id.in(1L, 2L, 3L))).isEqualTo("\"artist\".\"id\" IN (?, ?, ?)");
    }

    @Test
    void nestedJunctionsAreParenthesisedAndNotWrapsItsCondition() {
        Condition c = ARTIST.id.eq(1L).or(ARTIST.id.eq(2L)).and(ARTIST.country.isNotNull()).and(
                ARTIST.name.eq("a").not());
        assertThat(where(SQLITE, c)).isEqualTo("(\"artist\".\"id\" = ? OR \"artist\".\"id\" = ?) AND"
                + " \"artist\".\"country\" IS NOT NULL AND NOT (\"artist\".\"name\" = ?)");
    }

    @Test
    void aConditionInTheSelectListIsAValueOnEveryDatabase() {
        assertThat(of(POSTGRES, ALBUM.released.isNull().as("unreleased")))
                .isEqualTo("(\"album\".\"released\" IS NULL) AS \"unreleased\"");
        assertThat(of(MARIADB, ALBUM.id.eq(1L).as("first"))).isEqualTo("(`album`.`id` = ?) AS `first`");
    }

    @Test
    void aggregatesCountStarDistinctAndAverage() {
        assertThat(of(SQLITE, count())).isEqualTo("COUNT(*)");
        assertThat(of(SQLITE, countDistinct(ALBUM.artistId))).isEqualTo("COUNT(DISTINCT \"album\".\"artist_id\")");
        assertThat(of(MARIADB, avg(ALBUM.price))).isEqualTo("AVG(`album`.`price`)");
        assertThat(of(POSTGRES, sum(ALBUM.id))).isEqualTo("SUM(\"album\".\"id\")");
    }

    @Test
    void windowFunctionsPartitionAndOrder() {
        Expression<Long> rn = rowNumber().over(Window.partitionBy(ALBUM.artistId)
                .thenOrderBy(ALBUM.released.desc().nullsLast()));
        assertThat(of(POSTGRES, rn)).isEqualTo("ROW_NUMBER() OVER (PARTITION BY \"album\".\"artist_id\" ORDER BY"
                + " \"album\".\"released\" DESC NULLS LAST)");
        assertThat(of(MARIADB, rn)).isEqualTo("ROW_NUMBER() OVER (PARTITION BY `album`.`artist_id` ORDER BY"
                + " `album`.`released` IS NULL, `album`.`released` DESC)");
        assertThat(of(SQLITE, sum(ALBUM.price).over(Window.all()))).isEqualTo("SUM(\"album\".\"price\") OVER ()");
    }

    @Test
    void windowFunctionsNeedMariaDb102() {
        Dialect old = new MariaDbDialect(new int[]{10, 1, 0});
        assertThatThrownBy(() -> old.render(DB.select(count().over(Window.all())).query()))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("MariaDB 10.1.0");
    }

    @Test
    void caseWhenBindsItsValues() {
        Expression<String> band = when(ALBUM.price.gt(new BigDecimal("9")), "dear").otherwise("fair");
        assertThat(of(SQLITE, band)).isEqualTo("CASE WHEN \"album\".\"price\" > ? THEN ? ELSE ? END");
        assertThat(values(SQLITE.render(DB.select(band).query()))).containsExactly(new BigDecimal("9"), "dear",
                "fair");
    }

    @Test
    void placeholdersAreCollectedInOrderAmongParams() {
        Placeholder<String> name = param(ARTIST.name);
        Rendered r = SQLITE.render(DB.selectFrom(ARTIST).where(ARTIST.country.eq("UK"), ARTIST.name.eq(name))
                .limit(param("n", DataType.LONG)).query());
        assertThat(r.sql()).endsWith("WHERE \"artist\".\"country\" = ? AND \"artist\".\"name\" = ? LIMIT ?");
        assertThat(r.params()).hasSize(3);
        assertThat(r.params().get(1)).isSameAs(name);
    }
}
