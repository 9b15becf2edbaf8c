package dev.quarry.internal.dialect;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.internal.dialect.TestDialects.values;
import static dev.quarry.query.Dsl.avg;
import static dev.quarry.query.Dsl.format;
import static dev.quarry.query.Dsl.greatest;
import static dev.quarry.query.Dsl.lpad;
import static dev.quarry.query.Dsl.round;
import static dev.quarry.query.Dsl.substring;
import static dev.quarry.query.Dsl.sumLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.query.DatePart;
import dev.quarry.query.Expression;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the issue 9 functions where each database needs its own: what the contract tests check by value, pinned
 * by text. The shape arguments (digits, lengths, positions, date parts) are written as numbers and fixed text; the
 * values a user passes stay bound.
 */
class FunctionRenderingTest {

    private static String of(Dialect d, Expression<?> e) {
        String sql = d.render(DB.select(e).from(ALBUM).query()).sql();
        return sql.substring("SELECT ".length(), sql.lastIndexOf(" FROM "));
    }

    @Test
    void roundIsQuarrysOwnOnSqliteAndThroughADecimalForADoubleOnTheServers() {
        assertThat(of(SQLITE, round(ALBUM.price, -1))).isEqualTo("quarry_round(\"album\".\"price\", -1, 1)");
        assertThat(of(SQLITE, round(avg(ALBUM.price), 2))).isEqualTo("quarry_round(AVG(\"album\".\"price\"), 2, 0)");
        assertThat(of(POSTGRES, round(ALBUM.price, 1))).isEqualTo("round(\"album\".\"price\", 1)");
        assertThat(of(POSTGRES, round(avg(ALBUM.price), 2)))
                .isEqualTo("CAST(round(CAST(CAST(AVG(\"album\".\"price\") AS TEXT) AS NUMERIC), 2) AS DOUBLE PRECISION)");
        assertThat(of(MARIADB, round(ALBUM.price, 1))).isEqualTo("ROUND(`album`.`price`, 1)");
        assertThat(of(MARIADB, round(avg(ALBUM.price), 2))).contains("CAST(ROUND(CAST(AVG(`album`.`price`) AS "
                + "DECIMAL(65, 30)), 2) AS DOUBLE)");
    }

    @Test
    void roundTakesDecimalsAndDoublesWithinThirtyDigits() {
        assertThatThrownBy(() -> round(TRACK.id, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decimal or a double");
        assertThatThrownBy(() -> round(ALBUM.price, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThat(round(ALBUM.price, 5).type().scale()).isEqualTo(2);
        assertThat(round(ALBUM.price, -3).type().scale()).isZero();
    }

    @Test
    void greatestIsNullWithANullOnPostgresToo() {
        Expression<BigDecimal> e = greatest(ALBUM.price, new BigDecimal("1.00"));
        assertThat(of(SQLITE, e)).isEqualTo("max(\"album\".\"price\", ?)");
        assertThat(of(MARIADB, e)).isEqualTo("GREATEST(`album`.`price`, ?)");
        assertThat(of(POSTGRES, e)).isEqualTo("CASE WHEN \"album\".\"price\" IS NULL OR ? IS NULL THEN NULL ELSE "
                + "GREATEST(\"album\".\"price\", ?) END");
        assertThat(values(POSTGRES.render(DB.select(e).from(ALBUM).query())))
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("1.00"));
    }

    @Test
    void shapeArgumentsAreNumbersAndTheFillIsBound() {
        Expression<String> padded = lpad(ALBUM.title, 8, "*");
        assertThat(of(POSTGRES, padded)).isEqualTo("lpad(\"album\".\"title\", 8, ?)");
        assertThat(of(MARIADB, padded)).isEqualTo("lpad(`album`.`title`, 8, ?)");
        assertThat(of(SQLITE, padded)).startsWith("CASE WHEN length(\"album\".\"title\") >= 8 THEN substr(")
                .contains("replace(hex(zeroblob(8)), '00', ?)");
        assertThat(of(SQLITE, substring(ALBUM.title, 2, 3))).isEqualTo("substr(\"album\".\"title\", 2, 3)");
        assertThat(values(SQLITE.render(DB.select(padded).from(ALBUM).query()))).containsExactly("*");
    }

    @Test
    void formatIsToCharDateFormatOrStrftime() {
        assertThat(of(POSTGRES, format(ALBUM.released, DatePart.MONTH))).isEqualTo("to_char(\"album\".\"released\", "
                + "'YYYY-MM')");
        assertThat(of(MARIADB, format(ALBUM.released, DatePart.DAY))).isEqualTo("DATE_FORMAT(`album`.`released`, "
                + "'%Y-%m-%d')");
        assertThat(of(SQLITE, format(ALBUM.released, DatePart.YEAR))).isEqualTo("strftime('%Y', \"album\".\"released\")");
        assertThatThrownBy(() -> format(ALBUM.released, DatePart.HOUR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YEAR, MONTH or DAY");
    }

    @Test
    void mariaDbComputesDoubleArithmeticAsDouble() {
        assertThat(of(MARIADB, sumLong(TRACK.milliseconds).div(60000.0)))
                .isEqualTo("(CAST(SUM(`track`.`milliseconds`) AS DOUBLE) / ?)");
        assertThat(of(POSTGRES, sumLong(TRACK.milliseconds).div(60000.0)))
                .isEqualTo("(SUM(\"track\".\"milliseconds\") / ?)");
    }
}
