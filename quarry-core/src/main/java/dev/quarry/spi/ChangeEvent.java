package dev.quarry.spi;

import java.util.Set;

/**
 * Tables changed by one committed unit of work (a statement outside a transaction, or a whole transaction).
 * Hand-written SQL that writes is not parsed, so its tables are unknown: then {@link #allTables()} is true and every
 * table must be taken as changed. A transaction's event may name a table only a rolled-back savepoint wrote, which
 * costs a listener one needless refresh and never misses a change.
 *
 * @param tables    the tables written, by name as the schema names them
 * @param allTables whether the unit of work ran writes whose tables are unknown
 */
public record ChangeEvent(Set<String> tables, boolean allTables) {
    /** Copies {@code tables}. */
    public ChangeEvent {
        tables = Set.copyOf(tables);
    }

    /** Whether {@code table} may have changed. */
    public boolean touches(String table) {
        return allTables || tables.contains(table);
    }
}
