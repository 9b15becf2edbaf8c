package dev.quarry.internal.dialect.render;

import dev.quarry.annotation.Default;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.UUID;

/**
 * Renders a column's {@link Default} text as a literal of the column's type. The text is parsed as that type first,
 * so nothing but a valid number, boolean, UUID, enum constant or java.time value reaches the SQL, and text is
 * quoted by the dialect; an invalid default is rejected with a message, never corrected. Immutable.
 */
final class DefaultLiteral {
    private final DdlRenderer dialect;

    DefaultLiteral(DdlRenderer dialect) {
        this.dialect = dialect;
    }

    /** Appends the default of {@code c} to {@code b}. */
    void append(TableDef table, ColumnDef c, StringBuilder b) {
        String text = c.defaultValue();
        DataType<?> type = c.type();
        try {
            switch (type.kind()) {
                case BOOLEAN -> b.append(dialect.booleanLiteral(parseBoolean(text)));
                case SHORT -> b.append(Short.parseShort(text));
                case INT -> b.append(Integer.parseInt(text));
                case LONG -> b.append(Long.parseLong(text));
                case FLOAT, DOUBLE -> b.append(floating(text));
                case DECIMAL -> b.append(decimal(text, type).toPlainString());
                case STRING -> dialect.stringLiteral(string(text, type), b);
                case UUID -> dialect.stringLiteral(uuid(text), b);
                case JSON -> dialect.stringLiteral(text, b);
                case ENUM -> dialect.stringLiteral(enumConstant(text, type), b);
                case BYTES -> throw new IllegalArgumentException("binary columns take no default");
                case NATIVE -> throw new IllegalArgumentException("a column of a native type takes its default as"
                        + " an expression (ColumnDef.defaultExpression), written as it is");
                default -> temporal(text, type, b);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("the default '" + text + "' of column '" + table.name() + "."
                    + c.name() + "' is not a valid " + type + ": " + e.getMessage(), e);
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

    private void temporal(String text, DataType<?> type, StringBuilder b) {
        if (text.equals(Default.NOW)) {
            b.append(dialect.currentTime(type.kind()));
            return;
        }
        TemporalAccessor value = switch (type.kind()) {
            case LOCAL_DATE -> LocalDate.parse(text);
            case LOCAL_TIME -> LocalTime.parse(text);
            case LOCAL_DATE_TIME -> LocalDateTime.parse(text);
            case OFFSET_DATE_TIME -> OffsetDateTime.parse(text);
            case INSTANT -> Instant.parse(text);
            default -> throw new IllegalStateException("unexpected type " + type);
        };
        dialect.temporalLiteral(type.kind(), value, b);
    }
}
