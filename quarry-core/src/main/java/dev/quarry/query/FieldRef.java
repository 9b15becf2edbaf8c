package dev.quarry.query;

import dev.quarry.schema.DataType;
import dev.quarry.schema.Identifiers;

/**
 * A column by name: of a derived table ({@code qualifier.name}) or, with a null qualifier, an alias of the select
 * list.
 *
 * @param qualifier the derived table's alias, or null
 * @param name      the column's name
 * @param type      its type
 * @param <T>       its Java type
 */
public record FieldRef<T>(String qualifier, String name, DataType<T> type) implements Expression<T> {
    public FieldRef {
        Identifiers.check("column", name);
    }
}
