package dev.quarry.processor;

import dev.quarry.annotation.Column;
import dev.quarry.schema.DataType;
import dev.quarry.schema.Json;
import dev.quarry.schema.SqlType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The Java types a component may have, and the {@link ColumnType} of each. The kinds come from
 * {@link DataType#forClass(Class)}, so the processor and hand-written tables agree on every mapping.
 */
final class ColumnTypes {
    /** The supported classes, keyed by how the compiler names them ({@code int}, {@code byte[]}). */
    private static final Map<String, Class<?>> SUPPORTED = index(List.of(
            String.class, int.class, long.class, short.class, double.class, float.class, boolean.class,
            Integer.class, Long.class, Short.class, Double.class, Float.class, Boolean.class,
            BigDecimal.class, byte[].class, UUID.class, Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, OffsetDateTime.class, Json.class));

    /** The supported types as an error message lists them. */
    static final String SUPPORTED_LIST = "String, int, long, short, double, float, boolean (or their boxes), "
            + "BigDecimal, byte[], UUID, Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, "
            + "dev.quarry.schema.Json, or an enum";

    private ColumnTypes() {
    }

    private static Map<String, Class<?>> index(List<Class<?>> classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        classes.forEach(c -> byName.put(c.getCanonicalName(), c));
        return byName;
    }

    /**
     * The column type of a component of Java type {@code type}, sized by {@code column} (may be null); null when
     * the type is not supported.
     */
    static ColumnType of(TypeMirror type, Column column) {
        if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            if (element.getKind() == ElementKind.ENUM) {
                return new ColumnType(SqlType.ENUM, TypeRef.of(element), null, 0, 0, 0);
            }
        }
        Class<?> known = SUPPORTED.get(compilerName(type));
        if (known == null) {
            return null;
        }
        DataType<?> dataType = DataType.forClass(known);
        String getter = known.isPrimitive() ? "get" + capitalized(known.getName()) : null;
        TypeRef boxed = TypeRef.of(dataType.javaType());
        return switch (dataType.kind()) {
            case STRING -> new ColumnType(SqlType.STRING, boxed, null, column == null ? 0 : column.length(), 0, 0);
            case DECIMAL -> new ColumnType(SqlType.DECIMAL, boxed, null, 0, precision(column), scale(column));
            default -> new ColumnType(dataType.kind(), boxed, getter, 0, 0, 0);
        };
    }

    /** The name of {@code type} without type annotations, or null for a type that is never supported. */
    private static String compilerName(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? "byte[]" : null;
        }
        if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()) {
            return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        }
        return null;
    }

    /** {@code type} as an error message names it: qualified, with type arguments, without type annotations. */
    static String describe(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return describe(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return type.toString();
        }
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (declared.getTypeArguments().isEmpty()) {
            return name;
        }
        return name + declared.getTypeArguments().stream().map(ColumnTypes::describe)
                .collect(Collectors.joining(", ", "<", ">"));
    }

    private static int precision(Column column) {
        return column == null || column.precision() == 0 ? DataType.DEFAULT_PRECISION : column.precision();
    }

    private static int scale(Column column) {
        return column == null || column.scale() == -1 ? DataType.DEFAULT_SCALE : column.scale();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
