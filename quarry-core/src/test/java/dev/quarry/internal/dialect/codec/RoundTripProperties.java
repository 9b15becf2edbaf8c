package dev.quarry.internal.dialect.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.schema.DataType;
import dev.quarry.schema.Json;
import dev.quarry.testing.Availability;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Every portable type survives a write and a read through its codec, unchanged, on one database: nulls, edge
 * numbers, any Unicode text, bytes with NULs, decimals at the column's scale, instants from year 1 (1000 on
 * MariaDB) to 9999, values built in non-UTC zones. Each subclass names its database and what it cannot store, which
 * the rejection tests cover instead. Tries are kept modest so a class runs in seconds. jqwik properties are not JUnit
 * Jupiter tests, so they use the test kit directly: {@link SkipWhenUnreachable} applies its skip-or-fail rule to
 * each property, and each subclass keeps one {@link ValueStore} for the class, since jqwik makes an instance per
 * property.
 */
@AddLifecycleHook(value = RoundTripProperties.SkipWhenUnreachable.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
abstract class RoundTripProperties {
    static final int TRIES = 80;
    static final DataType<BigDecimal> MONEY = DataType.decimal(18, 4);
    static final DataType<String> SHORT_TEXT = DataType.string(20);
    static final DataType<Color> COLOR = DataType.enumOf(Color.class);

    private final TestTarget target;

    RoundTripProperties(TestTarget target) {
        this.target = target;
    }

    /** The store the subclass keeps for the class, opened on first use. */
    abstract ValueStore store() throws SQLException;

    /**
     * Skips each property with the reason when the subclass's server is unreachable, or fails it when
     * {@code QUARRY_REQUIRE_ALL_DBS=1} ({@link Availability#skipReason}); jqwik has made the property's instance by
     * then, so the instance names the database.
     */
    static final class SkipWhenUnreachable implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (!(context instanceof PropertyLifecycleContext property)) {
                return SkipResult.doNotSkip();
            }
            TestTarget target = ((RoundTripProperties) property.testInstance()).target;
            return Availability.skipReason(target).map(SkipResult::skip).orElse(SkipResult.doNotSkip());
        }
    }

    /** The first year the database stores. */
    int minYear() {
        return 1;
    }

    /** Whether the database stores NaN, infinities and -0.0 (beyond finite non-negative-zero values). */
    abstract boolean keeps(double special);

    /** Whether text may contain U+0000. */
    boolean keepsNulInText() {
        return true;
    }

    /** Whether decimals with more than 15 significant digits are stored exactly. */
    boolean exactDecimals() {
        return true;
    }

    ValueTable table(DataType<?> type) throws SQLException {
        return store().sharedTable(type);
    }

    void assertRoundTrip(DataType<?> type, Object value, Object expected) throws SQLException {
        Object back = table(type).roundTrip(value);
        if (expected instanceof byte[]) {
            assertThat((byte[]) back).as("%s on %s", type, store()).isEqualTo((byte[]) expected);
        } else {
            assertThat(back).as("%s on %s", type, store()).isEqualTo(expected);
        }
    }

    @Property(tries = TRIES)
    void booleans(@ForAll("nullableBooleans") Boolean v) throws SQLException {
        assertRoundTrip(DataType.BOOLEAN, v, v);
    }

    @Provide
    Arbitrary<Boolean> nullableBooleans() {
        return Arbitraries.of(true, false).injectNull(0.2);
    }

    @Property(tries = TRIES)
    void shorts(@ForAll("nullableShorts") Short v) throws SQLException {
        assertRoundTrip(DataType.SHORT, v, v);
    }

    @Provide
    Arbitrary<Short> nullableShorts() {
        return Arbitraries.shorts().injectNull(0.1);
    }

    @Property(tries = TRIES)
    void ints(@ForAll("nullableInts") Integer v) throws SQLException {
        assertRoundTrip(DataType.INT, v, v);
    }

    @Provide
    Arbitrary<Integer> nullableInts() {
        return Arbitraries.integers().injectNull(0.1);
    }

    @Property(tries = TRIES)
    void longs(@ForAll("nullableLongs") Long v) throws SQLException {
        assertRoundTrip(DataType.LONG, v, v);
    }

    @Provide
    Arbitrary<Long> nullableLongs() {
        return Arbitraries.longs().injectNull(0.1);
    }

    @Property(tries = TRIES)
    void doubles(@ForAll("storableDoubles") Double v) throws SQLException {
        assertRoundTrip(DataType.DOUBLE, v, v);
    }

    @Provide
    Arbitrary<Double> storableDoubles() {
        Arbitrary<Double> bits = Arbitraries.longs().map(Double::longBitsToDouble);
        Arbitrary<Double> edges = Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
                Double.MIN_NORMAL, 0.0, -0.0, 0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        return Arbitraries.oneOf(bits, edges).filter(d -> storable(d)).injectNull(0.1);
    }

    @Property(tries = TRIES)
    void floats(@ForAll("storableFloats") Float v) throws SQLException {
        assertRoundTrip(DataType.FLOAT, v, v);
    }

    @Provide
    Arbitrary<Float> storableFloats() {
        Arbitrary<Float> bits = Arbitraries.integers().map(Float::intBitsToFloat);
        Arbitrary<Float> edges = Arbitraries.of(Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE,
                Float.MIN_NORMAL, 0.0f, -0.0f, 0.1f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY);
        return Arbitraries.oneOf(bits, edges).filter(f -> storable(f)).injectNull(0.1);
    }

    private boolean storable(double d) {
        boolean special = Double.isNaN(d) || Double.isInfinite(d) || Double.doubleToRawLongBits(d) == Long.MIN_VALUE;
        return !special || keeps(d);
    }

    @Property(tries = TRIES)
    void decimalsComeBackAtTheColumnScale(@ForAll("decimals") BigDecimal v) throws SQLException {
        assertRoundTrip(MONEY, v, v == null ? null : v.setScale(MONEY.scale()));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        int maxDigits = exactDecimals() ? MONEY.precision() : 15;
        Arbitrary<BigDecimal> any = Combinators.combine(
                Arbitraries.integers().between(1, maxDigits), Arbitraries.integers().between(0, MONEY.scale()),
                Arbitraries.longs().between(0, Long.MAX_VALUE), Arbitraries.of(1, -1))
                .as((digits, scale, random, sign) -> {
                    BigInteger bound = BigInteger.TEN.pow(Math.min(digits, MONEY.precision() - MONEY.scale() + scale));
                    BigInteger unscaled = BigInteger.valueOf(random).mod(bound).multiply(BigInteger.valueOf(sign));
                    return new BigDecimal(unscaled, scale);
                });
        BigDecimal max = new BigDecimal("99999999999999.9999");
        Arbitrary<BigDecimal> edges = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.0001"),
                new BigDecimal("-0.0001"), new BigDecimal("1E+3"), new BigDecimal("99999999999999"),
                exactDecimals() ? max : new BigDecimal("99999999999.9999"),
                exactDecimals() ? max.negate() : new BigDecimal("-99999999999.9999"));
        return Arbitraries.oneOf(any, edges).injectNull(0.1);
    }

    @Property(tries = TRIES)
    void integralDecimalsUpToNineteenDigits(@ForAll("nullableLongs") Long v) throws SQLException {
        DataType<BigDecimal> wide = DataType.decimal(19, 0);
        BigDecimal d = v == null ? null : BigDecimal.valueOf(v);
        assertRoundTrip(wide, d, d);
    }

    @Property(tries = TRIES)
    void text(@ForAll("unicodeText") String v) throws SQLException {
        assertRoundTrip(DataType.STRING, v, v);
    }

    @Property(tries = TRIES)
    void textUpToTheColumnLengthInCodePoints(@ForAll("shortUnicodeText") String v) throws SQLException {
        assertRoundTrip(SHORT_TEXT, v, v);
    }

    @Provide
    Arbitrary<String> unicodeText() {
        return codePointStrings(200).injectNull(0.05);
    }

    @Provide
    Arbitrary<String> shortUnicodeText() {
        return codePointStrings(SHORT_TEXT.length());
    }

    private Arbitrary<String> codePointStrings(int maxCodePoints) {
        int min = keepsNulInText() ? 0 : 1;
        Arbitrary<Integer> any = Arbitraries.integers().between(min, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
        Arbitrary<Integer> ascii = Arbitraries.integers().between(Math.max(min, 32), 126);
        Arbitrary<Integer> supplementary = Arbitraries.integers().between(0x1F300, 0x1FAFF);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, ascii), net.jqwik.api.Tuple.of(2, any),
                        net.jqwik.api.Tuple.of(1, supplementary))
                .list().ofMaxSize(maxCodePoints)
                .map(cps -> cps.stream().map(Character::toString).collect(Collectors.joining()));
    }

    @Property(tries = TRIES)
    void bytes(@ForAll("nullableBytes") byte[] v) throws SQLException {
        assertRoundTrip(DataType.BYTES, v, v);
    }

    @Provide
    Arbitrary<byte[]> nullableBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300).injectNull(0.05);
    }

    @Property(tries = TRIES)
    void uuids(@ForAll("nullableUuids") UUID v) throws SQLException {
        assertRoundTrip(DataType.UUID, v, v);
    }

    @Provide
    Arbitrary<UUID> nullableUuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new).injectNull(0.1);
    }

    @Property(tries = TRIES)
    void json(@ForAll("jsonDocuments") Json v) throws SQLException {
        assertRoundTrip(DataType.JSON, v, v);
    }

    /** Documents already in jsonb's output form (one space after ':' and ','), so text equality holds everywhere. */
    @Provide
    Arbitrary<Json> jsonDocuments() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('é', '中', ' ').ofMaxLength(12);
        Arbitrary<Json> objects = word.map(w -> Json.of("{\"k\": \"" + w + "\"}"));
        Arbitrary<Json> arrays = Arbitraries.integers().list().ofMaxSize(5)
                .map(l -> Json.of(l.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))));
        return Arbitraries.oneOf(objects, arrays, Arbitraries.just(Json.of("null"))).injectNull(0.1);
    }

    @Property(tries = 30)
    void enums(@ForAll("nullableColors") Color v) throws SQLException {
        assertRoundTrip(COLOR, v, v);
    }

    @Provide
    Arbitrary<Color> nullableColors() {
        return Arbitraries.of(Color.class).injectNull(0.2);
    }

    @Property(tries = TRIES)
    void instants(@ForAll("instantsInRange") Instant v) throws SQLException {
        assertRoundTrip(DataType.INSTANT, v, v);
    }

    @Provide
    Arbitrary<Instant> instantsInRange() {
        long min = LocalDate.of(minYear(), 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long max = LocalDate.of(9999, 12, 31).atTime(23, 59, 59).toEpochSecond(ZoneOffset.UTC);
        Arbitrary<Instant> any = Combinators.combine(Arbitraries.longs().between(min, max), micros())
                .as((s, micros) -> Instant.ofEpochSecond(s, micros * 1000L));
        Arbitrary<Instant> edges = Arbitraries.of(Instant.ofEpochSecond(min), Instant.ofEpochSecond(max, 999_999_000),
                Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999Z"), Instant.parse("1900-02-28T12:00:00.5Z"));
        return Arbitraries.oneOf(any, edges).injectNull(0.05);
    }

    private static Arbitrary<Integer> micros() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 999_999), Arbitraries.of(0, 1, 10, 500_000));
    }

    @Property(tries = TRIES)
    void offsetDateTimesKeepTheInstantAndComeBackAtUtc(@ForAll("instantsInRange") Instant v,
                                                       @ForAll("zones") ZoneId zone) throws SQLException {
        OffsetDateTime odt = v == null ? null : ZonedDateTime.ofInstant(v, zone).toOffsetDateTime();
        assertRoundTrip(DataType.OFFSET_DATE_TIME, odt, odt == null ? null : odt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(List.of("UTC", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Chatham", "Europe/Berlin",
                "Pacific/Kiritimati", "America/St_Johns")).map(ZoneId::of);
    }

    @Property(tries = TRIES)
    void localDateTimes(@ForAll("instantsInRange") Instant v, @ForAll("zones") ZoneId zone) throws SQLException {
        LocalDateTime ldt = v == null ? null : LocalDateTime.ofInstant(v, zone);
        if (ldt != null && (ldt.getYear() < minYear() || ldt.getYear() > 9999)) {
            ldt = LocalDateTime.ofInstant(v, ZoneOffset.UTC);
        }
        assertRoundTrip(DataType.LOCAL_DATE_TIME, ldt, ldt);
    }

    @Property(tries = TRIES)
    void localDates(@ForAll("instantsInRange") Instant v) throws SQLException {
        LocalDate d = v == null ? null : LocalDate.ofInstant(v, ZoneOffset.UTC);
        assertRoundTrip(DataType.LOCAL_DATE, d, d);
    }

    @Property(tries = TRIES)
    void localTimes(@ForAll("localTimesInMicros") LocalTime v) throws SQLException {
        assertRoundTrip(DataType.LOCAL_TIME, v, v);
    }

    @Provide
    Arbitrary<LocalTime> localTimesInMicros() {
        Arbitrary<LocalTime> any = Arbitraries.longs().between(0, 86_399_999_999L)
                .map(us -> LocalTime.ofNanoOfDay(us * 1000));
        return Arbitraries.oneOf(any, Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59, 999_999_000),
                LocalTime.NOON)).injectNull(0.05);
    }
}
