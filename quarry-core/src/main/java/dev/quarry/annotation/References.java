package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key from this component to the primary key of another {@link Table} record, for example
 * {@code @References(Artist.class) long artistId}. The target must have a single-column primary key unless
 * {@link #column()} names another unique column.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface References {
    /** The referenced record type (annotated with {@link Table}). */
    Class<? extends Record> value();

    /** The referenced column's name; empty means the target's primary key. */
    String column() default "";

    /** What the database does to this row when the referenced row is deleted. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** The constraint's name; empty means {@code <table>_<column>_fkey}. */
    String name() default "";
}
