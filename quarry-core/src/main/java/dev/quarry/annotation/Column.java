package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides the column's name, length (text), or precision and scale (decimals) of a record component. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Column {
    /** The column's name; empty means the component's name in snake_case. */
    String name() default "";

    /** Maximum length in characters of a {@code String} column; 0 means unbounded text. */
    int length() default 0;

    /** Total digits of a {@code BigDecimal} column; 0 means the default, 38. */
    int precision() default 0;

    /** Digits after the point of a {@code BigDecimal} column; -1 means the default, 2. */
    int scale() default -1;
}
