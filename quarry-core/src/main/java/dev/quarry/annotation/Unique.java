package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unique constraint on one component. For a unique constraint over several columns, use
 * {@link Index} with {@code unique = true} on the record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Unique {
    /** The constraint's name; empty means {@code <table>_<column>_key}. */
    String name() default "";
}
