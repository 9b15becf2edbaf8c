package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index. On a component it indexes that column; on the record it names its {@link #columns()} (column names,
 * as in the database) and may be repeated.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Repeatable(Index.List.class)
public @interface Index {
    /** The index's name; empty means {@code <table>_<columns>_idx} (or {@code _key} when unique). */
    String name() default "";

    /** The indexed columns, by database column name; required on a record, ignored on a component. */
    String[] columns() default {};

    /** Whether the index is unique. */
    boolean unique() default false;

    /** The container of repeated {@link Index} annotations. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        /** The indexes. */
        Index[] value();
    }
}
