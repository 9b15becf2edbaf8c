package dev.quarry.spi;

import java.util.Set;

/**
 * Tables changed by one committed unit of work (a statement outside a transaction, or a whole transaction), or a
 * change {@link Platform#publish published} for writes made elsewhere. Hand-written SQL that writes is not parsed, so
 * its tables are unknown: then {@link #allTables()} is true and every table must be taken as changed. A transaction's
 * event may name a table only a rolled-back savepoint wrote, which costs a listener one needless refresh and never
 * misses a change.
 *
 * @param tables    the tables written, by name as the schema names them
 * @param allTables whether the unit of work ran writes whose tables are unknown
 * @param published whether it came through {@link Platform#publish} (another connection's or process's write seen
 *                  by a change source, rows applied by sync, an application's announcement) rather than from this
 *                  handle's own statements
 */
public record ChangeEvent(Set<String> tables, boolean allTables, boolean published) {
    /** Copies {@code tables}. */
    public ChangeEvent {
        tables = Set.copyOf(tables);
    }

    /** A change to {@code tables} made by means other than this handle's statements, for {@link Platform#publish}. */
    public static ChangeEvent published(Set<String> tables) {
        return new ChangeEvent(tables, false, true);
    }

    /** A change to any table, made by means other than this handle's statements, for {@link Platform#publish}. */
    public static ChangeEvent publishedForAllTables() {
        return new ChangeEvent(Set.of(), true, true);
    }

    /** Whether {@code table} may have changed. */
    public boolean touches(String table) {
        return allTables || tables.contains(table);
    }
}
