package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's default in the database, used when an insert leaves the column out. The value is written the way
 * Java would print the component's value ({@code "0"}, {@code "true"}, {@code "2024-01-31"}, {@code "ACTIVE"} for
 * an enum, any text for a {@code String}); the dialect renders it as a literal of the column's type. The special
 * value {@link #NOW} means the current time, for temporal columns.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Default {
    /** The current date or time when the row is inserted. */
    String NOW = "CURRENT_TIMESTAMP";

    /** The default value, in Java's printed form. */
    String value();
}
