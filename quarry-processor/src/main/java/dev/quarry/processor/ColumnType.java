package dev.quarry.processor;

import dev.quarry.schema.SqlType;

/**
 * How one component's Java type is stored: the portable kind, the boxed class that {@code Column<T>} holds, the
 * {@code Row} getter for primitives, and the sizes from {@code @Column}.
 *
 * @param kind      the portable type
 * @param boxed     the boxed Java type ({@code Long} for {@code long}); the enum for {@link SqlType#ENUM}
 * @param rowGetter the primitive getter of {@code Row} ({@code getLong}), or null for reference types
 * @param length    maximum characters of a string, 0 for unbounded
 * @param precision total digits of a decimal, 0 for others
 * @param scale     digits after the point of a decimal, 0 for others
 */
record ColumnType(SqlType kind, TypeRef boxed, String rowGetter, int length, int precision, int scale) {

    /** Whether the component is a primitive, read with {@link #rowGetter()}. */
    boolean primitive() {
        return rowGetter != null;
    }
}
