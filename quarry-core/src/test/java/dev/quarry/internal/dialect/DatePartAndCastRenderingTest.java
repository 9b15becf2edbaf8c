package dev.quarry.internal.dialect;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.query.Dsl.cast;
import static dev.quarry.query.Dsl.day;
import static dev.quarry.query.Dsl.month;
import static dev.quarry.query.Dsl.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.query.Expression;
import dev.quarry.schema.DataType;
import org.junit.jupiter.api.Test;

class DatePartAndCastRenderingTest {

    private static String of(Dialect d, Expression<?> e) {
        String sql = d.render(DB.select(e).from(ALBUM).query()).sql();
        return sql.substring("SELECT ".length(), sql.lastIndexOf(" FROM "));
    }

    @Test
    void datePartsUseEachDatabasesOwnFunction() {
        assertThat(of(SQLITE, year(ALBUM.released))).isEqualTo("CAST(strftime('%Y', \"album\".\"released\") AS INTEGER)");
        assertThat(of(SQLITE, day(ALBUM.released))).isEqualTo("CAST(strftime('%d', \"album\".\"released\") AS INTEGER)");
        assertThat(of(POSTGRES, month(ALBUM.released)))
                .isEqualTo("CAST(EXTRACT(MONTH FROM \"album\".\"released\") AS INTEGER)");
        assertThat(of(MARIADB, day(ALBUM.released))).isEqualTo("DAYOFMONTH(`album`.`released`)");
    }

    @Test
    void aDatePartOfSomethingThatIsNotADateIsRejectedWhenBuilt() {
        assertThatThrownBy(() -> year(ALBUM.title)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a date");
    }

    @Test
    void castsNameEachDatabasesTypes() {
        Expression<java.math.BigDecimal> e = cast(ALBUM.id, DataType.decimal(10, 2));
        assertThat(of(SQLITE, e)).isEqualTo("CAST(\"album\".\"id\" AS NUMERIC)");
        assertThat(of(POSTGRES, e)).isEqualTo("CAST(\"album\".\"id\" AS NUMERIC(10, 2))");
        assertThat(of(MARIADB, e)).isEqualTo("CAST(`album`.`id` AS DECIMAL(10, 2))");
        assertThat(of(MARIADB, cast(ALBUM.price, DataType.LONG))).isEqualTo("CAST(`album`.`price` AS SIGNED)");
    }

    @Test
    void aCastToATypeThatIsNotPortableIsRejected() {
        assertThatThrownBy(() -> cast(ALBUM.title, DataType.INSTANT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("casts only to");
    }
}
