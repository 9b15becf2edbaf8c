package dev.quarry.internal.dialect.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.InvalidValueException;
import dev.quarry.error.QuarryException;
import dev.quarry.schema.DataType;
import dev.quarry.testing.Availability;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every database's codecs do alike: the portable rejections (sub-microsecond times, years out of range,
 * decimals the column would round or overflow), each leaving nothing written; and the values that tend to break
 * (100k-character text, empty and NUL-filled bytes, a wall clock inside the JVM zone's daylight-saving gap, an enum
 * constant that no longer exists). A subclass per database adds what only that database does. The class works in a
 * {@link ValueStore} of its own; an unreachable server skips each test with the reason, or fails it when
 * {@code QUARRY_REQUIRE_ALL_DBS=1} (the test kit's {@link Availability}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CodecContract {
    static final DataType<BigDecimal> MONEY = DataType.decimal(18, 4);

    ValueStore store;

    /** The database this class runs on. */
    abstract TestTarget target();

    @BeforeEach
    void openStore() throws SQLException {
        Availability.require(target());
        if (store == null) {
            store = ValueStore.open(target());
        }
    }

    @AfterAll
    void closeStore() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    /** The first year the database stores. */
    int minYear() {
        return 1;
    }

    ValueTable table(DataType<?> type) throws SQLException {
        return store.newTable(type);
    }

    /** Asserts that writing {@code value} is rejected with a message containing {@code words}, and nothing written. */
    void assertRejected(DataType<?> type, Object value, String... words) throws SQLException {
        ValueTable t = table(type);
        assertThatThrownBy(() -> t.write(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(type.toString())
                .hasMessageContaining("Nothing was written")
                .hasMessageContainingAll(words);
        assertThat(t.rows()).as("rows written").isZero();
    }

    @Test
    void timesWithNanosecondsBeyondTheMicrosecondAreRejected() throws SQLException {
        assertRejected(DataType.INSTANT, Instant.parse("2020-01-01T00:00:00.000000001Z"), "nanoseconds");
        assertRejected(DataType.LOCAL_DATE_TIME, LocalDateTime.of(2020, 1, 1, 0, 0, 0, 1_500), "nanoseconds");
        assertRejected(DataType.LOCAL_TIME, LocalTime.of(12, 0, 0, 999_999_999), "nanoseconds", "MICROS");
        assertRejected(DataType.OFFSET_DATE_TIME,
                OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 7, ZoneOffset.ofHours(3)), "nanoseconds");
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRejected() throws SQLException {
        String range = minYear() + "..9999";
        assertRejected(DataType.LOCAL_DATE, LocalDate.of(10_000, 1, 1), "10000", range);
        assertRejected(DataType.LOCAL_DATE, LocalDate.of(minYear() - 1, 12, 31), range);
        assertRejected(DataType.LOCAL_DATE_TIME, LocalDateTime.of(minYear() - 1, 1, 1, 0, 0), range);
        assertRejected(DataType.INSTANT, Instant.parse("+10000-01-01T00:00:00Z"), "10000");
        // the year is checked in UTC: 9999-12-31T23:00-05:00 is already year 10000 there
        assertRejected(DataType.OFFSET_DATE_TIME, OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5)),
                "10000");
    }

    @Test
    void theFirstAndLastSupportedDaysAreStored() throws SQLException {
        LocalDate first = LocalDate.of(minYear(), 1, 1);
        assertThat(table(DataType.LOCAL_DATE).roundTrip(first)).isEqualTo(first);
        Instant last = Instant.parse("9999-12-31T23:59:59.999999Z");
        assertThat(table(DataType.INSTANT).roundTrip(last)).isEqualTo(last);
    }

    @Test
    void decimalsWithMoreDecimalsThanTheColumnAreRejectedNotRounded() throws SQLException {
        assertRejected(MONEY, new BigDecimal("1.23456"), "5 digits after the point", "keeps 4", "round");
    }

    @Test
    void decimalsWithTooManyIntegerDigitsAreRejected() throws SQLException {
        assertRejected(MONEY, new BigDecimal("123456789012345"), "15 digits before the point", "allows 14");
    }

    @Test
    void decimalsWithTrailingZerosBeyondTheScaleKeepTheirValue() throws SQLException {
        assertThat(table(MONEY).roundTrip(new BigDecimal("2.500000"))).isEqualTo(new BigDecimal("2.5000"));
    }

    @Test
    void decimalsComeBackAtTheColumnScale() throws SQLException {
        ValueTable t = table(MONEY);
        assertThat(t.roundTrip(new BigDecimal("7"))).isEqualTo(new BigDecimal("7.0000"));
        assertThat(t.roundTrip(new BigDecimal("-0.5"))).isEqualTo(new BigDecimal("-0.5000"));
    }

    @Test
    void textOfAHundredThousandCharactersWithSupplementaryCharactersSurvives() throws SQLException {
        String text = "ab\uD83D\uDE00ç中 ".repeat(100_000 / 7);
        assertThat(table(DataType.STRING).roundTrip(text)).isEqualTo(text);
    }

    @Test
    void emptyTextIsNotNull() throws SQLException {
        assertThat(table(DataType.STRING).roundTrip("")).isEqualTo("");
    }

    @Test
    void emptyBytesComeBackEmptyNotNull() throws SQLException {
        ValueTable t = table(DataType.BYTES);
        assertThat((byte[]) t.roundTrip(new byte[0])).isNotNull().isEmpty();
        assertThat(t.roundTrip(null)).isNull();
    }

    @Test
    void bytesWithNulsSurvive() throws SQLException {
        byte[] bytes = {0, 0, 1, 0, (byte) 0xFF, 0};
        assertThat((byte[]) table(DataType.BYTES).roundTrip(bytes)).containsExactly(bytes);
    }

    @Test
    void aWallClockInsideTheJvmZonesDaylightSavingGapIsKept() throws SQLException {
        // Surefire runs with America/Sao_Paulo, where 2018-11-04 00:00..00:59 did not exist; drivers that convert
        // through the JVM zone (java.sql.Timestamp, ZonedDateTime) move it to 01:30.
        assertThat(TimeZone.getDefault().toZoneId()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
        LocalDateTime gap = LocalDateTime.of(2018, 11, 4, 0, 30, 0, 123_456_000);
        assertThat(table(DataType.LOCAL_DATE_TIME).roundTrip(gap)).isEqualTo(gap);
        assertThat(table(DataType.LOCAL_DATE).roundTrip(gap.toLocalDate())).isEqualTo(gap.toLocalDate());
        Instant instant = gap.toInstant(ZoneOffset.UTC);
        assertThat(table(DataType.INSTANT).roundTrip(instant)).isEqualTo(instant);
    }

    @Test
    void offsetDateTimesComeBackAtUtcWithTheSameInstant() throws SQLException {
        OffsetDateTime kolkata = OffsetDateTime.of(2021, 3, 4, 5, 6, 7, 890_000_000, ZoneOffset.ofHoursMinutes(5, 30));
        Object back = table(DataType.OFFSET_DATE_TIME).roundTrip(kolkata);
        assertThat(back).isEqualTo(kolkata.withOffsetSameInstant(ZoneOffset.UTC));
        assertThat(((OffsetDateTime) back).toInstant()).isEqualTo(kolkata.toInstant());
    }

    @Test
    void anEnumConstantTheEnumNoLongerHasIsAnErrorNamingBoth() throws SQLException {
        ValueTable t = table(DataType.enumOf(Color.class));
        int id = t.writeRaw("'PURPLE'");
        assertThatThrownBy(() -> t.read(id))
                .isExactlyInstanceOf(QuarryException.class)
                .hasMessageContainingAll("'PURPLE'", Color.class.getName());
    }

    @Test
    void enumsAreStoredByName() throws SQLException {
        ValueTable t = table(DataType.enumOf(Color.class));
        int id = t.write(Color.BLUE_GREEN);
        assertThat(store.count("SELECT COUNT(*) FROM " + t.name() + " WHERE v = 'BLUE_GREEN' AND id = " + id))
                .isOne();
    }
}
