package dev.quarry.schema;

import java.util.List;

/**
 * An index or unique constraint of a {@link TableDef}.
 *
 * @param name    the index's name
 * @param columns the indexed column names, in order
 * @param unique  whether values must be unique
 */
public record IndexDef(String name, List<String> columns, boolean unique) {
    public IndexDef {
        Identifiers.check("index", name);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index '" + name + "' has no columns");
        }
    }
}
