package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The nullability rule: every column is {@code NOT NULL} unless its component carries an annotation whose simple
 * name is {@code Nullable} (this one, JSpecify's or Jakarta's). A primitive component cannot be nullable; the
 * processor rejects {@code @Nullable int}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD,
        ElementType.TYPE_USE})
public @interface Nullable {
}
