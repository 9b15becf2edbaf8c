package dev.quarry.internal.dialect.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.QuarryException;
import dev.quarry.schema.DataType;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQLite codecs: text forms of dates and times, NUMERIC affinity, lengths SQLite does not enforce, NaN. */
class SqliteCodecTest extends CodecContract {

    @Override
    TestTarget target() {
        return TestTarget.SQLITE;
    }

    private String stored(ValueTable t, int id) throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM " + t.name() + " WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void nanIsRejectedBecauseSqliteWouldStoreNull() throws SQLException {
        assertRejected(DataType.DOUBLE, Double.NaN, "NaN");
        assertRejected(DataType.FLOAT, Float.NaN, "NaN");
    }

    @Test
    void negativeZeroIsRejectedBecauseSqliteReadsItBackAsZero() throws SQLException {
        assertRejected(DataType.DOUBLE, -0.0, "-0.0");
    }

    @Test
    void infinitiesAreKept() throws SQLException {
        ValueTable t = table(DataType.DOUBLE);
        assertThat(t.roundTrip(Double.NEGATIVE_INFINITY)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(t.roundTrip(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void textLongerThanTheColumnInCodePointsIsRejected() throws SQLException {
        assertRejected(DataType.string(5), "abcdef", "6 characters", "allows 5");
    }

    @Test
    void lengthsCountCodePointsNotUtf16Units() throws SQLException {
        String fiveEmoji = "\uD83D\uDE00".repeat(5);
        assertThat(table(DataType.string(5)).roundTrip(fiveEmoji)).isEqualTo(fiveEmoji);
        assertRejected(DataType.string(5), fiveEmoji + "x", "6 characters");
    }

    @Test
    void aRefusedValueIsLeftOutOfTheMessageAndShortenedWhereValueLoggingShowsIt() throws SQLException {
        ValueTable t = table(DataType.string(5));
        assertThatThrownBy(() -> t.write("y".repeat(10_000)))
                .isInstanceOfSatisfying(RejectedValue.class, e -> {
                    assertThat(e.getMessage()).contains("10000 characters").doesNotContain("yyyyy");
                    String shown = e.forColumn("t.v", true).getMessage();
                    assertThat(shown).contains("t.v", "(10000 chars)");
                    assertThat(shown.length()).isLessThan(300);
                    assertThat(e.forColumn("t.v", false).getMessage()).contains("t.v").doesNotContain("yyyyy");
                });
    }

    @Test
    void decimalsWithMoreThanFifteenSignificantDigitsAndAFractionAreRejected() throws SQLException {
        assertRejected(MONEY, new BigDecimal("123456789012.3456"), "15 significant digits", "has 16", "REAL");
        assertThat(table(MONEY).roundTrip(new BigDecimal("12345678901.2345")))
                .isEqualTo(new BigDecimal("12345678901.2345"));
    }

    @Test
    void integralDecimalsBeyondALongWithMoreThanFifteenDigitsAreRejected() throws SQLException {
        DataType<BigDecimal> wide = DataType.decimal(30, 0);
        assertRejected(wide, new BigDecimal("99999999999999999999"), "15 significant digits");
        assertThat(table(wide).roundTrip(new BigDecimal("1E+25"))).isEqualTo(new BigDecimal("10000000000000000000000000"));
    }

    @Test
    void decimalsAreStoredAsIntegersWhenWholeAndRealsOtherwise() throws SQLException {
        ValueTable t = table(MONEY);
        int whole = t.write(new BigDecimal("42.0000"));
        int fraction = t.write(new BigDecimal("0.1"));
        assertThat(store.count("SELECT COUNT(*) FROM " + t.name() + " WHERE typeof(v) = 'integer' AND id = " + whole))
                .isOne();
        assertThat(store.count("SELECT COUNT(*) FROM " + t.name() + " WHERE typeof(v) = 'real' AND id = " + fraction))
                .isOne();
        assertThat(t.read(fraction)).isEqualTo(new BigDecimal("0.1000"));
    }

    @Test
    void aRealWrittenByOtherCodeIsReadToFifteenDigitsAtTheColumnScale() throws SQLException {
        ValueTable t = table(MONEY);
        int id = t.writeRaw("0.1 + 0.2"); // 0.30000000000000004 as a double
        assertThat(t.read(id)).isEqualTo(new BigDecimal("0.3000"));
        int tooPrecise = t.writeRaw("0.123456");
        assertThatThrownBy(() -> t.read(tooPrecise)).isInstanceOf(QuarryException.class)
                .hasMessageContaining("0.123456");
    }

    @Test
    void instantsAreStoredAsUtcTextWithoutTrailingZeros() throws SQLException {
        ValueTable t = table(DataType.INSTANT);
        assertThat(stored(t, t.write(Instant.parse("2020-01-02T03:04:05.100Z")))).isEqualTo("2020-01-02 03:04:05.1");
        assertThat(stored(t, t.write(Instant.parse("0001-01-01T00:00:00Z")))).isEqualTo("0001-01-01 00:00:00");
        assertThat(stored(t, t.write(Instant.parse("1969-07-20T20:17:40.000005Z"))))
                .isEqualTo("1969-07-20 20:17:40.000005");
    }

    @Test
    void instantTextSortsInTimeOrder() throws SQLException {
        ValueTable t = table(DataType.INSTANT);
        List<Instant> instants = List.of(Instant.parse("2020-01-01T00:00:00.5Z"), Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2020-01-01T00:00:00.25Z"), Instant.parse("1960-01-01T00:00:00.000001Z"),
                Instant.parse("2020-01-01T00:00:00.05Z"), Instant.parse("2020-01-01T00:00:01Z"));
        for (Instant i : instants) {
            t.write(i);
        }
        List<Instant> read = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT v FROM " + t.name() + " ORDER BY v")) {
            while (rs.next()) {
                read.add((Instant) store.codecs().get(DataType.INSTANT.kind()).read(rs, 1, DataType.INSTANT));
            }
        }
        assertThat(read).isSorted().hasSameElementsAs(instants);
    }

    @Test
    void localDateTimesAreReadInTheFormsSqliteAndChinookWrite() throws SQLException {
        ValueTable t = table(DataType.LOCAL_DATE_TIME);
        assertThat(t.read(t.writeRaw("'2009-01-01 00:00:00'"))).isEqualTo(LocalDateTime.of(2009, 1, 1, 0, 0));
        assertThat(t.read(t.writeRaw("'2009-01-01T10:20'"))).isEqualTo(LocalDateTime.of(2009, 1, 1, 10, 20));
        assertThat(t.read(t.writeRaw("'2009-01-01 10:20:30.5'")))
                .isEqualTo(LocalDateTime.of(2009, 1, 1, 10, 20, 30, 500_000_000));
        assertThat(t.read(t.writeRaw("datetime('2024-02-29 12:00:00', '+1 day')")))
                .isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0));
    }

    @Test
    void instantsWrittenByOtherToolsWithAZoneSuffixAreRead() throws SQLException {
        ValueTable t = table(DataType.INSTANT);
        assertThat(t.read(t.writeRaw("'2020-01-01T00:00:00Z'"))).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(t.read(t.writeRaw("'2020-01-01 02:00:00+02:00'"))).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void textThatIsNotADateIsAnErrorNamingIt() throws SQLException {
        ValueTable dates = table(DataType.LOCAL_DATE);
        int id = dates.writeRaw("'2020-02-30'");
        assertThatThrownBy(() -> dates.read(id)).isInstanceOf(QuarryException.class)
                .hasMessageContainingAll("'2020-02-30'", "LOCAL_DATE", "YYYY-MM-DD");
        ValueTable times = table(DataType.LOCAL_TIME);
        int bad = times.writeRaw("'25:00:00'");
        assertThatThrownBy(() -> times.read(bad)).hasMessageContaining("'25:00:00'");
        assertThat(times.read(times.writeRaw("'07:08'"))).isEqualTo(LocalTime.of(7, 8));
        assertThat(dates.read(dates.writeRaw("date('2000-01-01', '+59 days')"))).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void anIntegerTooBigForAnIntColumnIsRefusedByTheTableItself() throws SQLException {
        ValueTable t = table(DataType.INT);
        // the table Quarry created checks the range (SqliteDdl.impliedChecks), whoever writes
        assertThatThrownBy(() -> t.writeRaw("4294967297")).isInstanceOf(SQLException.class)
                .hasMessageContaining("CHECK constraint failed: quarry_fits_v");
        assertThat(t.read(t.writeRaw("2147483647"))).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void uuidsAreStoredLowerCaseCanonical() throws SQLException {
        ValueTable t = table(DataType.UUID);
        java.util.UUID u = java.util.UUID.fromString("AABBCCDD-EEFF-0011-2233-445566778899");
        assertThat(stored(t, t.write(u))).isEqualTo("aabbccdd-eeff-0011-2233-445566778899");
    }

    @Test
    void booleansAreStoredAsZeroAndOne() throws SQLException {
        ValueTable t = table(DataType.BOOLEAN);
        assertThat(stored(t, t.write(true))).isEqualTo("1");
        assertThat(stored(t, t.write(false))).isEqualTo("0");
    }
}
