package dev.quarry.schema;

import dev.quarry.annotation.Default;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The value a {@link Default} text stands for in a column of a given type. The annotation processor checks every
 * {@code @Default} with it, so text that is not a value of its column's type is a compile error; the DDL renderers
 * parse with it before writing a literal, so only a valid number, boolean, UUID, enum constant or java.time value
 * reaches the SQL. Stateless.
 */
public final class DefaultValue {
    private DefaultValue() {
    }

    /**
     * Parses {@code text} as a value of {@code type}.
     *
     * @param type the column's type
     * @param text the {@code @Default} text
     * @return the value: a Boolean, Short, Integer, Long, BigDecimal (floating-point and decimal columns), String
     *         (text, JSON, UUID and enum columns, the UUID in its canonical form), a java.time value, or null for
     *         {@link Default#NOW} on a date or time column
     * @throws IllegalArgumentException saying why {@code text} is not a value of {@code type}
     */
    public static Object parse(DataType<?> type, String text) {
        try {
            return switch (type.kind()) {
                case BOOLEAN -> parseBoolean(text);
                case SHORT -> Short.parseShort(text);
                case INT -> Integer.parseInt(text);
                case LONG -> Long.parseLong(text);
                case FLOAT, DOUBLE -> floating(text);
                case DECIMAL -> decimal(text, type);
                case STRING -> string(text, type);
                case UUID -> uuid(text);
                case JSON -> text;
                case ENUM -> enumConstant(text, type);
                case BYTES -> throw new IllegalArgumentException("binary columns take no default");
                case NATIVE -> throw new IllegalArgumentException("a column of a native type takes its default as"
                        + " an expression (ColumnDef.defaultExpression), written as it is");
                default -> temporal(text, type);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static boolean parseBoolean(String text) {
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw new IllegalArgumentException("write true or false");
    }

    /** A finite floating-point number; BigDecimal's grammar has no NaN, infinity, hex or type suffix. */
    private static BigDecimal floating(String text) {
        BigDecimal d = new BigDecimal(text);
        if (Double.isInfinite(d.doubleValue())) {
            throw new IllegalArgumentException("out of the range of a double");
        }
        return d;
    }

    private static BigDecimal decimal(String text, DataType<?> type) {
        BigDecimal d = new BigDecimal(text);
        if (d.scale() > type.scale() && d.stripTrailingZeros().scale() > type.scale()) {
            throw new IllegalArgumentException("more than " + type.scale() + " digits after the point");
        }
        if (d.precision() - d.scale() > type.precision() - type.scale()) {
            throw new IllegalArgumentException("more than " + (type.precision() - type.scale())
                    + " digits before the point");
        }
        return d;
    }

    private static String string(String text, DataType<?> type) {
        if (type.length() > 0 && text.codePointCount(0, text.length()) > type.length()) {
            throw new IllegalArgumentException("longer than " + type.length() + " characters");
        }
        return text;
    }

    private static String uuid(String text) {
        String canonical = UUID.fromString(text).toString();
        if (!canonical.equalsIgnoreCase(text)) {
            throw new IllegalArgumentException("write the 36-character form");
        }
        return canonical;
    }

    private static String enumConstant(String text, DataType<?> type) {
        for (Object constant : type.javaType().getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return text;
            }
        }
        throw new IllegalArgumentException("no such constant of " + type.javaType().getName());
    }

    private static Object temporal(String text, DataType<?> type) {
        if (text.equals(Default.NOW)) {
            return null;
        }
        return switch (type.kind()) {
            case LOCAL_DATE -> LocalDate.parse(text);
            case LOCAL_TIME -> LocalTime.parse(text);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(text);
            case INSTANT -> Instant.parse(text);
            default -> throw new IllegalStateException("unexpected type " + type);
        };
    }
}
