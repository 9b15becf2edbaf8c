package dev.quarry.sync;

import dev.quarry.query.QueryFactory;
import dev.quarry.schema.DataType;
import java.util.List;

/**
 * The replica's own table in the local file, {@code quarry_sync_state(name, value)}: the cursor (the primary's
 * snapshot the local tables equal). Written in the same transaction as the rows it describes. Stateless.
 */
final class ReplicaState {
    static final String TABLE = "quarry_sync_state";
    private static final String CURSOR = "cursor";
    private static final String GENERATION = "generation";

    private ReplicaState() {
    }

    static void create(QueryFactory db) {
        db.sql("CREATE TABLE IF NOT EXISTS " + TABLE + " (name TEXT PRIMARY KEY, value TEXT NOT NULL)").execute();
    }

    /** The cursor, or null before the first bootstrap has committed. */
    static String cursor(QueryFactory db) {
        List<String> v = db.sql("SELECT value FROM " + TABLE + " WHERE name = ?", CURSOR)
                .fetch(r -> r.get(0, DataType.STRING));
        return v.isEmpty() ? null : v.get(0);
    }

    static void saveCursor(QueryFactory db, String snapshot) {
        db.sql("INSERT OR REPLACE INTO " + TABLE + " (name, value) VALUES (?, ?)", CURSOR, snapshot).execute();
    }

    /** The primary's generation the local tables come from, or null before the first bootstrap. */
    static String generation(QueryFactory db) {
        List<String> v = db.sql("SELECT value FROM " + TABLE + " WHERE name = ?", GENERATION)
                .fetch(r -> r.get(0, DataType.STRING));
        return v.isEmpty() ? null : v.get(0);
    }

    static void saveGeneration(QueryFactory db, String generation) {
        db.sql("INSERT OR REPLACE INTO " + TABLE + " (name, value) VALUES (?, ?)", GENERATION, generation).execute();
    }
}
