package dev.quarry.sync;

import dev.quarry.query.Table;

/**
 * The names of what capture adds to a primary for one table: its change log and its trigger function. Each is
 * {@code quarry_sync_<kind>_<table>}; a table name too long for PostgreSQL's 63-byte identifiers is cut and made
 * unique with its hash. Stateless.
 */
final class CaptureNames {
    private static final int MAX = 63;

    private CaptureNames() {
    }

    static String log(Table<?> table) {
        return log(table.name());
    }

    static String log(String table) {
        return name("quarry_sync_log_", table);
    }

    static String function(String table) {
        return name("quarry_sync_capture_", table);
    }

    /** The local image table of an offline replica's outbox rows of {@code table}. */
    static String outImage(Table<?> table) {
        return name("quarry_sync_out_", table.name());
    }

    /** A local outbox trigger of {@code table}; {@code kind} is one letter. */
    static String outTrigger(Table<?> table, String kind) {
        return name("quarry_sync_out" + kind + "_", table.name());
    }

    /** A SQLite primary's capture trigger of {@code table} (SQLite's trigger names are the schema's, not a table's). */
    static String tableTrigger(String table, String event) {
        return name("quarry_sync_" + event.toLowerCase(java.util.Locale.ROOT) + "_", table);
    }

    static String trigger(String event) {
        return "quarry_sync_" + event.toLowerCase(java.util.Locale.ROOT);
    }

    private static String name(String prefix, String table) {
        String n = prefix + table;
        if (n.length() <= MAX) {
            return n;
        }
        String hash = Integer.toHexString(table.hashCode());
        return n.substring(0, MAX - hash.length() - 1) + "_" + hash;
    }
}
