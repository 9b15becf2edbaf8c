package dev.quarry.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row written locally on an offline replica, as the outbox captured it and as it is pushed to the primary.
 *
 * @param table  the table's name
 * @param kind   what was done to the row
 * @param key    the row's primary key, by column name
 * @param values for an insert every column, for an update only the columns the write changed (so concurrent writers
 *               of other columns of the row are not overwritten: last write wins per column), for a delete none; by
 *               column name, as the table's column types read them
 */
public record LocalChange(String table, Kind kind, Map<String, Object> key, Map<String, Object> values) {

    /** What a local write did to a row. */
    public enum Kind {
        INSERT, UPDATE, DELETE
    }

    /** Keeps the maps' order (the table's column order); values may be null. */
    public LocalChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
