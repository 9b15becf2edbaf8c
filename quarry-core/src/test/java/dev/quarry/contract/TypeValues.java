package dev.quarry.contract;

import dev.quarry.fixtures.AllTypes;
import dev.quarry.fixtures.AllTypesTable;
import dev.quarry.fixtures.Mood;
import dev.quarry.schema.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of {@link AllTypes} rows. The portable domain is what every database must store exactly: finite
 * normal floating point numbers, decimals at the column's scale, valid Unicode without NUL, microsecond times in
 * the years 1000 to 9999, canonical JSON. The wild domain is anything Java can hold: NaN, infinities, negative
 * zero, subnormals, any scale, unpaired surrogates and NUL, nanoseconds, years far outside that range.
 */
final class TypeValues {
    static final Instant MIN_INSTANT = Instant.parse("1000-01-01T00:00:00Z");
    static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final BigInteger MAX_AMOUNT = BigInteger.TEN.pow(AllTypesTable.AMOUNT_PRECISION).subtract(BigInteger.ONE);

    private TypeValues() {
    }

    // ---- portable ----

    static Arbitrary<AllTypes> portableRows() {
        return rows(List.of(
                Arbitraries.of(true, false),
                Arbitraries.shorts(),
                Arbitraries.integers(),
                Arbitraries.longs(),
                portableFloats(),
                portableDoubles(),
                amounts(AllTypesTable.AMOUNT_SCALE),
                portableText(0, 300),
                portableText(0, AllTypesTable.CODE_LENGTH),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                uuids(),
                canonicalJson(),
                Arbitraries.of(Mood.class),
                portableInstants(),
                portableInstants().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate()),
                portableInstants().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDateTime()),
                Arbitraries.longs().between(0, 86_399_999_999L).map(us -> LocalTime.ofNanoOfDay(us * 1_000)),
                Arbitraries.integers().between(-14 * 4, 14 * 4).flatMap(quarters -> portableInstants()
                        .map(i -> i.atOffset(ZoneOffset.ofTotalSeconds(quarters * 15 * 60))))));
    }

    static Arbitrary<Float> portableFloats() {
        return Arbitraries.oneOf(Arbitraries.floats(),
                        Arbitraries.integers().map(Float::intBitsToFloat),
                        Arbitraries.of(0f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL))
                .filter(f -> Float.isFinite(f) && (f == 0 ? Float.floatToIntBits(f) == 0 : Math.abs(f) >= Float.MIN_NORMAL));
    }

    static Arbitrary<Double> portableDoubles() {
        return Arbitraries.oneOf(Arbitraries.doubles(),
                        Arbitraries.longs().map(Double::longBitsToDouble),
                        Arbitraries.of(0d, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 0.1, 1e-300))
                .filter(d -> Double.isFinite(d)
                        && (d == 0 ? Double.doubleToLongBits(d) == 0 : Math.abs(d) >= Double.MIN_NORMAL));
    }

    /**
     * Decimals at {@code scale} with at most 15 significant digits: docs/types.md documents that SQLite rejects more
     * for a decimal with a fraction (it stores REAL); {@code eighteenDigitDecimals...} covers the rest.
     */
    static Arbitrary<BigDecimal> amounts(int scale) {
        BigInteger max15 = BigInteger.TEN.pow(15).subtract(BigInteger.ONE);
        return Arbitraries.bigIntegers().between(max15.negate(), max15)
                .map(unscaled -> new BigDecimal(unscaled, scale));
    }

    /** Valid Unicode text of {@code min} to {@code max} code points, no NUL, supplementary characters included. */
    static Arbitrary<String> portableText(int min, int max) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0x1, 0x9, 0xA, 0xD, 0x1F, 0x7F, 0xA0, 0x2028, 0xFEFF,
                        (int) '\'', (int) '"', (int) '\\', (int) '%', (int) '_', (int) ';', (int) '`')));
        return codePoint.list().ofMinSize(min).ofMaxSize(max).map(TypeValues::fromCodePoints);
    }

    static String fromCodePoints(List<Integer> cps) {
        StringBuilder b = new StringBuilder();
        cps.forEach(b::appendCodePoint);
        return b.toString();
    }

    static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    /** JSON in the form PostgreSQL's jsonb prints it back (one space after ',' and ':'; one key per object). */
    static Arbitrary<Json> canonicalJson() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12).map(s -> "\"" + s + "\""),
                Arbitraries.of("true", "false", "null"));
        Arbitrary<String> array = scalar.list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> object = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.oneOf(scalar, array)).as((k, v) -> "{\"" + k + "\": " + v + "}");
        return Arbitraries.oneOf(scalar, array, object).map(Json::of);
    }

    static Arbitrary<Instant> portableInstants() {
        // ChronoUnit.MICROS.between counts in nanoseconds and overflows beyond 292 years
        long min = MIN_INSTANT.getEpochSecond() * 1_000_000L;
        long max = MAX_INSTANT.getEpochSecond() * 1_000_000L + MAX_INSTANT.getNano() / 1_000;
        return Arbitraries.oneOf(
                Arbitraries.longs().between(min, max).map(us -> Instant.EPOCH.plus(us, ChronoUnit.MICROS)),
                Arbitraries.of(MIN_INSTANT, MAX_INSTANT, Instant.EPOCH, Instant.EPOCH.minusNanos(1_000)));
    }

    // ---- wild ----

    static Arbitrary<AllTypes> wildRows() {
        return rows(List.of(
                Arbitraries.of(true, false),
                Arbitraries.shorts(),
                Arbitraries.integers(),
                Arbitraries.longs(),
                Arbitraries.oneOf(Arbitraries.integers().map(Float::intBitsToFloat),
                        Arbitraries.of(Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0f, Float.MIN_VALUE)),
                Arbitraries.oneOf(Arbitraries.longs().map(Double::longBitsToDouble),
                        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0d,
                                Double.MIN_VALUE)),
                Combinators.combine(Arbitraries.bigIntegers().between(MAX_AMOUNT.multiply(BigInteger.valueOf(-1000)),
                        MAX_AMOUNT.multiply(BigInteger.valueOf(1000))), Arbitraries.integers().between(-3, 9))
                        .as(BigDecimal::new),
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(AllTypesTable.CODE_LENGTH + 8),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                uuids(),
                canonicalJson(),
                Arbitraries.of(Mood.class),
                wildInstants(),
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
                        .map(LocalDate::ofEpochDay),
                wildInstants().map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC)),
                Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay),
                Combinators.combine(wildInstants(), Arbitraries.integers().between(-18 * 3600, 18 * 3600))
                        .as((i, s) -> i.atOffset(ZoneOffset.ofTotalSeconds(s)))));
    }

    static Arbitrary<Instant> wildInstants() {
        return Combinators.combine(
                Arbitraries.longs().between(Instant.parse("-99999-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("+99999-12-31T23:59:59Z").getEpochSecond()),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    // ---- rows ----

    /** Rows whose 18 nullable components come from {@code components}, each NULL a tenth of the time. */
    @SuppressWarnings("unchecked")
    private static Arbitrary<AllTypes> rows(List<Arbitrary<?>> components) {
        List<Arbitrary<Object>> nullable = new ArrayList<>();
        for (Arbitrary<?> a : components) {
            nullable.add(((Arbitrary<Object>) a).injectNull(0.1));
        }
        return Combinators.combine(nullable).as(v -> new AllTypes(0, (Boolean) v.get(0), (Short) v.get(1),
                (Integer) v.get(2), (Long) v.get(3), (Float) v.get(4), (Double) v.get(5), (BigDecimal) v.get(6),
                (String) v.get(7), (String) v.get(8), (byte[]) v.get(9), (UUID) v.get(10), (Json) v.get(11),
                (Mood) v.get(12), (Instant) v.get(13), (LocalDate) v.get(14), (LocalDateTime) v.get(15),
                (LocalTime) v.get(16), (OffsetDateTime) v.get(17)));
    }

    /** {@code row} under key {@code id}. */
    static AllTypes withId(AllTypes row, long id) {
        return new AllTypes(id, row.flag(), row.small(), row.medium(), row.big(), row.real(), row.dbl(),
                row.amount(), row.text(), row.code(), row.bytes(), row.uuid(), row.json(), row.mood(), row.instant(),
                row.date(), row.dateTime(), row.time(), row.offsetDateTime());
    }
}
