package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component as (part of) the primary key. Several {@code @Id} components form a composite key, in
 * component order. Every table needs at least one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Id {
    /**
     * The database generates the value (SQLite {@code INTEGER PRIMARY KEY AUTOINCREMENT}, PostgreSQL identity,
     * MariaDB {@code AUTO_INCREMENT}). Only for a single {@code int} or {@code long} key. Inserting a record
     * leaves the column out, and the generated key is read back.
     */
    boolean generated() default false;
}
