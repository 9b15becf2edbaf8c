package dev.quarry.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A column or expression type: a portable {@link SqlType}, the Java class that holds its values, and for text and
 * decimals their size; or, for a type of one database that no portable type describes, that database's name for it
 * ({@link #ofNative(String)}). Immutable.
 *
 * @param kind       the portable type, or {@link SqlType#NATIVE}
 * @param javaType   the (boxed) Java class of values; {@code Object} for a native type
 * @param length     maximum characters of a string, 0 for unbounded
 * @param precision  total digits of a decimal
 * @param scale      digits after the point of a decimal
 * @param nativeType the database's own name of a {@link SqlType#NATIVE} type (e.g. {@code inet}), written into DDL
 *                   as it is; null for every portable type
 * @param <T>        the Java type of values
 */
public record DataType<T>(SqlType kind, Class<T> javaType, int length, int precision, int scale, String nativeType) {

    /** Decimal precision when none is given, as in Hibernate. */
    public static final int DEFAULT_PRECISION = 38;
    /** Decimal scale when none is given, as in Hibernate. */
    public static final int DEFAULT_SCALE = 2;

    public static final DataType<Boolean> BOOLEAN = of(SqlType.BOOLEAN, Boolean.class);
    public static final DataType<Short> SHORT = of(SqlType.SHORT, Short.class);
    public static final DataType<Integer> INT = of(SqlType.INT, Integer.class);
    public static final DataType<Long> LONG = of(SqlType.LONG, Long.class);
    public static final DataType<Float> FLOAT = of(SqlType.FLOAT, Float.class);
    public static final DataType<Double> DOUBLE = of(SqlType.DOUBLE, Double.class);
    public static final DataType<BigDecimal> DECIMAL = decimal(DEFAULT_PRECISION, DEFAULT_SCALE);
    public static final DataType<String> STRING = of(SqlType.STRING, String.class);
    public static final DataType<byte[]> BYTES = of(SqlType.BYTES, byte[].class);
    public static final DataType<UUID> UUID = of(SqlType.UUID, java.util.UUID.class);
    public static final DataType<Json> JSON = of(SqlType.JSON, Json.class);
    public static final DataType<Instant> INSTANT = of(SqlType.INSTANT, Instant.class);
    public static final DataType<LocalDate> LOCAL_DATE = of(SqlType.LOCAL_DATE, LocalDate.class);
    public static final DataType<LocalDateTime> LOCAL_DATE_TIME = of(SqlType.LOCAL_DATE_TIME, LocalDateTime.class);
    public static final DataType<LocalTime> LOCAL_TIME = of(SqlType.LOCAL_TIME, LocalTime.class);
    public static final DataType<OffsetDateTime> OFFSET_DATE_TIME =
            of(SqlType.OFFSET_DATE_TIME, OffsetDateTime.class);

    public DataType {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(javaType, "javaType");
        if (kind == SqlType.NATIVE) {
            if (nativeType == null || nativeType.isBlank() || nativeType.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a native type needs its name, without control characters, was "
                        + (nativeType == null ? "null" : "'" + nativeType + "'"));
            }
        } else if (nativeType != null) {
            throw new IllegalArgumentException("only a NATIVE type has a native name, not " + kind);
        }
        if (length < 0) {
            throw new IllegalArgumentException("length must be >= 0, was " + length);
        }
        if (kind == SqlType.DECIMAL && (precision < 1 || scale < 0 || scale > precision)) {
            throw new IllegalArgumentException(
                    "decimal needs 1 <= precision and 0 <= scale <= precision, was (" + precision + ", " + scale + ")");
        }
        if (kind == SqlType.ENUM && !javaType.isEnum()) {
            throw new IllegalArgumentException(javaType.getName() + " is not an enum");
        }
    }

    /** A portable type: {@code kind} with its Java class and sizes, no native name. */
    public DataType(SqlType kind, Class<T> javaType, int length, int precision, int scale) {
        this(kind, javaType, length, precision, scale, null);
    }

    private static <T> DataType<T> of(SqlType kind, Class<T> type) {
        return new DataType<>(kind, type, 0, 0, 0);
    }

    /**
     * A type of one database that no portable type describes, by that database's name for it (for example
     * {@code inet}, {@code tsvector}, {@code mediumint(9)}); values are {@code Object}s as the driver gives them.
     * Introspection reads such columns; DDL writes {@code name} as it is.
     *
     * @throws IllegalArgumentException if {@code name} is blank or holds a control character
     */
    public static DataType<Object> ofNative(String name) {
        return new DataType<>(SqlType.NATIVE, Object.class, 0, 0, 0, name);
    }

    /** Text of at most {@code length} characters. */
    public static DataType<String> string(int length) {
        return new DataType<>(SqlType.STRING, String.class, length, 0, 0);
    }

    /** An exact decimal of {@code precision} digits, {@code scale} of them after the point. */
    public static DataType<BigDecimal> decimal(int precision, int scale) {
        return new DataType<>(SqlType.DECIMAL, BigDecimal.class, 0, precision, scale);
    }

    /** An enum stored as the text of its constant's name. */
    public static <E extends Enum<E>> DataType<E> enumOf(Class<E> type) {
        return new DataType<>(SqlType.ENUM, type, 0, 0, 0);
    }

    /**
     * The portable type of a Java class, with default sizes; {@code null} when Quarry has no mapping for it.
     * Primitive classes map like their boxes.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static DataType<?> forClass(Class<?> type) {
        if (type.isEnum()) {
            return enumOf((Class) type);
        }
        return switch (type.getName()) {
            case "boolean", "java.lang.Boolean" -> BOOLEAN;
            case "short", "java.lang.Short" -> SHORT;
            case "int", "java.lang.Integer" -> INT;
            case "long", "java.lang.Long" -> LONG;
            case "float", "java.lang.Float" -> FLOAT;
            case "double", "java.lang.Double" -> DOUBLE;
            case "java.math.BigDecimal" -> DECIMAL;
            case "java.lang.String" -> STRING;
            case "[B" -> BYTES;
            case "java.util.UUID" -> UUID;
            case "dev.quarry.schema.Json" -> JSON;
            case "java.time.Instant" -> INSTANT;
            case "java.time.LocalDate" -> LOCAL_DATE;
            case "java.time.LocalDateTime" -> LOCAL_DATE_TIME;
            case "java.time.LocalTime" -> LOCAL_TIME;
            case "java.time.OffsetDateTime" -> OFFSET_DATE_TIME;
            default -> null;
        };
    }

    /** Whether values are numbers (arithmetic and {@code sum}/{@code avg} apply). */
    public boolean isNumeric() {
        return switch (kind) {
            case SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL -> true;
            default -> false;
        };
    }

    /** Casts {@code value} to this type's Java class, failing with a message naming both. */
    public T cast(Object value) {
        if (value == null || javaType.isInstance(value)) {
            return javaType.cast(value);
        }
        throw new ClassCastException("a " + kind + " value must be a " + javaType.getName() + ", not a "
                + value.getClass().getName());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> length == 0 ? "STRING" : "STRING(" + length + ")";
            case DECIMAL -> "DECIMAL(" + precision + ", " + scale + ")";
            case ENUM -> "ENUM(" + javaType.getSimpleName() + ")";
            case NATIVE -> "NATIVE(" + nativeType + ")";
            default -> kind.name();
        };
    }
}
