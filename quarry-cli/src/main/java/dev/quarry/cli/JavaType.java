package dev.quarry.cli;

import dev.quarry.schema.DataType;
import java.util.List;

/**
 * The Java type of a record component for a column's {@link DataType}, as the annotation processor maps it back:
 * what to import, and the {@code @Column} attributes that give the length, precision and scale.
 *
 * @param name             the type as written ({@code long}, {@code Long}, {@code BigDecimal})
 * @param imports          what it needs imported
 * @param columnAttributes {@code length = 40}, {@code precision = 10, scale = 2}, or none
 * @param note             what the type cannot say, or null
 */
record JavaType(String name, List<String> imports, List<String> columnAttributes, String note) {

    /** The type for {@code type}; boxed when {@code nullable}. */
    static JavaType of(DataType<?> type, boolean nullable) {
        return switch (type.kind()) {
            case BOOLEAN -> primitive("boolean", "Boolean", nullable);
            case SHORT -> primitive("short", "Short", nullable);
            case INT -> primitive("int", "Integer", nullable);
            case LONG -> primitive("long", "Long", nullable);
            case FLOAT -> primitive("float", "Float", nullable);
            case DOUBLE -> primitive("double", "Double", nullable);
            case DECIMAL -> new JavaType("BigDecimal", List.of("java.math.BigDecimal"),
                    List.of("precision = " + type.precision(), "scale = " + type.scale()), null);
            case STRING -> new JavaType("String", List.of(),
                    type.length() > 0 ? List.of("length = " + type.length()) : List.of(), null);
            case ENUM -> new JavaType("String", List.of(), List.of(), "was an enum; declared as a String");
            case BYTES -> plain("byte[]", null);
            case UUID -> plain("UUID", "java.util.UUID");
            case JSON -> plain("Json", "dev.quarry.schema.Json");
            case INSTANT -> plain("Instant", "java.time.Instant");
            case LOCAL_DATE -> plain("LocalDate", "java.time.LocalDate");
            case LOCAL_DATE_TIME -> plain("LocalDateTime", "java.time.LocalDateTime");
            case LOCAL_TIME -> plain("LocalTime", "java.time.LocalTime");
            case OFFSET_DATE_TIME -> plain("OffsetDateTime", "java.time.OffsetDateTime");
            case NATIVE -> new JavaType("String", List.of(), List.of(), "has the database's own type "
                    + type.nativeType() + "; declared as a String, which a migration would change it to");
        };
    }

    private static JavaType primitive(String primitive, String boxed, boolean nullable) {
        return new JavaType(nullable ? boxed : primitive, List.of(), List.of(), null);
    }

    private static JavaType plain(String name, String importName) {
        return new JavaType(name, importName == null ? List.of() : List.of(importName), List.of(), null);
    }
}
