package dev.quarry.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.DefaultValue;
import dev.quarry.schema.Json;
import dev.quarry.schema.SqlType;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values as the page shows and sends them: text in Java's printed form, the same form {@code @Default} takes. Text
 * from the page is parsed with Quarry's own {@link DefaultValue#parse} (which checks a decimal's precision and scale,
 * a bounded text's length, a date's form) and then bound through the column's codec, so the Studio accepts what the
 * DSL accepts and nothing else. Stateless.
 */
final class Values {
    /** Native types whose values are numbers (SQLite's {@code NUMERIC}, MariaDB's {@code mediumint(9)}, ...). */
    private static final Pattern NUMERIC_NATIVE =
            Pattern.compile("(?i).*(int|numeric|decimal|real|double|float|number).*");

    /** Reads one JSON value and refuses anything after it ({@code {} x}), which Jackson otherwise ignores. */
    private static final ObjectReader JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).reader();

    private Values() {
    }

    /** {@code value} as the page shows it; null stays null. Binary values are Base64. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Json j) {
            return j.text();
        }
        if (value instanceof Enum<?> e) {
            return e.name();   // what the database stores; toString() may be the enum's own wording
        }
        return value.toString();
    }

    /**
     * A binary value as the grid shows it: its size and the start of its SHA-256, so two values that differ look
     * different (a live grid compares what it shows).
     */
    static String summary(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return bytes.length + " bytes · " + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * {@code text} from the page as a value of {@code column}'s type; null for null.
     *
     * @throws BadRequestException naming the column and why the text is not one of its values
     */
    static Object parse(ColumnDef column, String text) {
        if (text == null) {
            return null;
        }
        DataType<?> type = column.type();
        try {
            Object value = switch (type.kind()) {
                case FLOAT -> ((BigDecimal) DefaultValue.parse(type, text.trim())).floatValue();
                case DOUBLE -> ((BigDecimal) DefaultValue.parse(type, text.trim())).doubleValue();
                case UUID -> UUID.fromString((String) DefaultValue.parse(type, text.trim()));
                case JSON -> json(text);
                case ENUM -> constant(column, text);
                case BYTES -> Base64.getDecoder().decode(text.trim());
                case NATIVE -> nativeValue(type, text);
                case LOCAL_DATE_TIME -> localDateTime(type, text.trim());
                case STRING -> DefaultValue.parse(type, text);
                default -> DefaultValue.parse(type, text.trim());
            };
            if (value == null) {   // DefaultValue reads "NOW" on a date or time column as "the current time"
                throw new IllegalArgumentException("write a value, not NOW");
            }
            return value;
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new BadRequestException("column '" + column.name() + "' takes a " + describe(type) + ": '"
                    + abbreviate(text) + "' is not one (" + e.getMessage() + ")", e);
        }
    }

    /** The HTML input the page uses for {@code type}'s values. */
    static String input(DataType<?> type) {
        return switch (type.kind()) {
            case BOOLEAN -> "boolean";
            case SHORT, INT, LONG -> "integer";
            case FLOAT, DOUBLE, DECIMAL -> "decimal";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time";
            case LOCAL_DATE_TIME -> "datetime";
            case JSON -> "json";
            case ENUM -> "enum";
            case BYTES -> "bytes";
            case NATIVE -> NUMERIC_NATIVE.matcher(type.nativeType()).matches() ? "decimal" : "text";
            default -> "text";
        };
    }

    /** The names of an enum type's constants, in declaration order: the choices of its input. */
    static List<String> constants(DataType<?> type) {
        List<String> names = new ArrayList<>();
        for (Object c : type.javaType().getEnumConstants()) {
            names.add(((Enum<?>) c).name());
        }
        return names;
    }

    /** The type as the page shows it: Quarry's portable name, or the database's own for a native type. */
    static String describe(DataType<?> type) {
        return type.kind() == SqlType.NATIVE ? type.nativeType().toLowerCase(Locale.ROOT) : type.toString();
    }

    /**
     * A native type's value: a number for a numeric type (so that SQLite's {@code NUMERIC} compares as a number),
     * else the text as it is, for the driver to convert.
     */
    private static Object nativeValue(DataType<?> type, String text) {
        if (NUMERIC_NATIVE.matcher(type.nativeType()).matches()) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number");
            }
        }
        return text;
    }

    /**
     * The enum constant named {@code text}. Its own refusal, naming the choices: Quarry's {@code DefaultValue} names
     * only the enum's class, which the page's user may never have seen.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(ColumnDef column, String text) {
        List<String> names = constants(column.type());
        if (!names.contains(text)) {
            throw new BadRequestException("column '" + column.name() + "' takes one of " + String.join(", ", names)
                    + ": '" + abbreviate(text) + "' is not one");
        }
        return Enum.valueOf((Class) column.type().javaType(), text);
    }

    /**
     * {@code text} as JSON, once checked to be one JSON value: SQLite and MariaDB would store any text in a JSON
     * column (MariaDB's {@code JSON} is a {@code LONGTEXT} whose check only a table made by MariaDB itself has), and
     * Quarry's mapper hands it on unread.
     */
    private static Json json(String text) {
        try {
            JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        return Json.of(text);
    }

    /** The page's {@code datetime-local} input sends {@code 2024-01-31T10:15}, which java.time also reads. */
    private static LocalDateTime localDateTime(DataType<?> type, String text) {
        return (LocalDateTime) DefaultValue.parse(type, text.length() == 16 ? text + ":00" : text);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
