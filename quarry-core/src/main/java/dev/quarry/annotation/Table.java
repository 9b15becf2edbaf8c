package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a table. The annotation processor generates a {@code <Record>Table} class next to it, holding
 * one typed column constant per component and a reflection-free row mapper.
 *
 * <p>The table name is {@link #value()} if given, otherwise the record's simple name in snake_case
 * ({@code InvoiceLine} becomes {@code invoice_line}). Column names follow the same rule unless a component carries
 * {@link Column#name()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    /** The table's name in the database; empty means the record's name in snake_case. */
    String value() default "";
}
