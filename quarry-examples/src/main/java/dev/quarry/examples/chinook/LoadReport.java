package dev.quarry.examples.chinook;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link ChinookLoader} did: the rows it inserted per table (in insert order) and how long it took in all,
 * reading, schema creation and inserts included. Immutable.
 *
 * @param rows    rows inserted per table name
 * @param elapsed wall time of the whole load
 */
public record LoadReport(Map<String, Long> rows, Duration elapsed) {
    public LoadReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Rows inserted in all tables. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
