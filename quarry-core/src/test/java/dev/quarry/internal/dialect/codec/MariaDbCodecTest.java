package dev.quarry.internal.dialect.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.schema.DataType;
import dev.quarry.testing.TestTarget;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The MariaDB codecs: no IEEE specials, years from 1000, instants as a UTC wall clock. */
class MariaDbCodecTest extends CodecContract {

    @Override
    TestTarget target() {
        return TestTarget.MARIADB;
    }

    @Override
    int minYear() {
        return 1000;
    }

    @Test
    void nanAndInfinitiesAreRejected() throws SQLException {
        assertRejected(DataType.DOUBLE, Double.NaN, "NaN");
        assertRejected(DataType.DOUBLE, Double.POSITIVE_INFINITY, "infinities");
        assertRejected(DataType.FLOAT, Float.NEGATIVE_INFINITY, "infinities");
    }

    @Test
    void negativeZeroIsRejectedBecauseMariaDbReturnsZero() throws SQLException {
        assertRejected(DataType.DOUBLE, -0.0, "-0.0");
        assertRejected(DataType.FLOAT, -0.0f, "-0.0");
    }

    @Test
    void yearsBeforeOneThousandAreRejected() throws SQLException {
        assertRejected(DataType.LOCAL_DATE, LocalDate.of(999, 12, 31), "999", "1000..9999");
        assertRejected(DataType.INSTANT, Instant.parse("0999-12-31T23:59:59Z"), "1000..9999");
    }

    @Test
    void instantsAreStoredAsTheirUtcWallClock() throws SQLException {
        ValueTable t = table(DataType.INSTANT);
        int id = t.write(Instant.parse("2020-06-01T12:00:00.000001Z"));
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT CAST(v AS CHAR) FROM " + t.name() + " WHERE id = " + id)) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("2020-06-01 12:00:00.000001");
        }
    }

    @Test
    void textWithNulCharactersIsKept() throws SQLException {
        assertThat(table(DataType.STRING).roundTrip("a\u0000b")).isEqualTo("a\u0000b");
    }
}
