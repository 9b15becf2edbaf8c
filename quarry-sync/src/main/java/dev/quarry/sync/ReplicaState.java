package dev.quarry.sync;

import dev.quarry.query.QueryFactory;
import dev.quarry.schema.DataType;
import java.util.List;

/**
 * The replica's own table in the local file, {@code quarry_sync_state(name, value)}: the cursor (the primary's
 * snapshot the local tables equal), the primary's id and generation the tables come from, the shape they were copied
 * with (tables and row filters), this replica's client id on the primary and its next mutation id (offline writes),
 * and whether a pull is being applied (which silences the outbox triggers). Written in the same transaction as the
 * rows it describes. Stateless.
 */
final class ReplicaState {
    static final String TABLE = "quarry_sync_state";
    static final String CURSOR = "cursor";
    static final String GENERATION = "generation";
    static final String PRIMARY = "primary";
    static final String SHAPE = "shape";
    static final String CLIENT = "client";
    static final String NEXT_MUTATION = "next_mutation";
    static final String APPLYING = "applying";

    private ReplicaState() {
    }

    static void create(QueryFactory db) {
        db.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " (name TEXT PRIMARY KEY, value TEXT NOT NULL)").execute();
        db.sql("INSERT OR IGNORE INTO " + TABLE + " (name, value) VALUES ('" + NEXT_MUTATION + "', '1'), ('"
                + APPLYING + "', '0')").execute();
    }

    /** The cursor, or null before the first bootstrap has committed. */
    static String cursor(QueryFactory db) {
        return get(db, CURSOR);
    }

    /** The primary's generation the local tables come from, or null before the first bootstrap. */
    static String generation(QueryFactory db) {
        return get(db, GENERATION);
    }

    static String get(QueryFactory db, String name) {
        List<String> v = db.sql("SELECT value FROM " + TABLE + " WHERE name = ?", name)
                .fetch(r -> r.get(0, DataType.STRING));
        return v.isEmpty() ? null : v.get(0);
    }

    static void put(QueryFactory db, String name, String value) {
        db.sql("INSERT OR REPLACE INTO " + TABLE + " (name, value) VALUES (?, ?)", name, value).execute();
    }

    /**
     * Closes the current group of captured local writes: what the outbox triggers log from now on gets the next
     * mutation id. Called inside a local write transaction, so groups never split a local transaction.
     */
    static long closeMutation(QueryFactory db) {
        db.sql("UPDATE " + TABLE + " SET value = CAST(value AS INTEGER) + 1 WHERE name = ?", NEXT_MUTATION)
                .execute();
        return Long.parseLong(get(db, NEXT_MUTATION));
    }

    /** The SQL expression the outbox triggers read the current mutation id with. */
    static String currentMutationSql() {
        return "(SELECT CAST(value AS INTEGER) FROM " + TABLE + " WHERE name = '" + NEXT_MUTATION + "')";
    }

    /** The SQL condition under which the outbox triggers capture: no pull is being applied. */
    static String capturingSql() {
        return "(SELECT value FROM " + TABLE + " WHERE name = '" + APPLYING + "') = '0'";
    }
}
