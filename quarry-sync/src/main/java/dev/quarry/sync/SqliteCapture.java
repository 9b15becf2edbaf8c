package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.time.Duration;
import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Capture on a SQLite primary (a file on the same host: WAL must not be shared over a network file system). SQLite
 * has one writer at a time, so a counter advanced inside the writing transaction is commit order: each captured
 * table's row triggers advance {@code quarry_sync_meta.last_seq} and log the changed row's key under it in
 * {@code quarry_sync_log_<table>} (an update that changed the key logs the old one too). A cursor is the last
 * sequence a replica has seen; a pull reads, in one read transaction (one WAL snapshot), the counter and the keys
 * logged after the cursor, joined to their rows. Every process writing the file is captured, since the triggers are
 * in the file. Compaction deletes entries older than the retention and remembers the newest sequence it deleted; a
 * replica whose cursor is older copies its tables again. Stateless.
 */
final class SqliteCapture implements Capture {
    static final SqliteCapture INSTANCE = new SqliteCapture();
    private static final String SEQ = "(SELECT last_seq FROM " + SyncPrimary.META + " WHERE id = 1)";
    private static final String ADVANCE = "UPDATE " + SyncPrimary.META + " SET last_seq = last_seq + 1 WHERE id = 1";

    private SqliteCapture() {
    }

    @Override
    public List<String> installStatements(UnaryOperator<String> quote, Collection<TableDef> tables) {
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE IF NOT EXISTS " + SyncPrimary.META + " (id INTEGER PRIMARY KEY CHECK (id = 1), "
                + "generation TEXT NOT NULL, primary_id TEXT NOT NULL, last_seq INTEGER NOT NULL DEFAULT 0, "
                + "compacted_seq INTEGER)");
        out.add("INSERT OR IGNORE INTO " + SyncPrimary.META + " (id, generation, primary_id) VALUES (1, "
                + randomId() + ", " + randomId() + ")");
        out.add("CREATE TABLE IF NOT EXISTS " + SyncPrimary.CLIENTS + " (client_id TEXT PRIMARY KEY, "
                + "last_mutation_id INTEGER NOT NULL, pushed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        for (TableDef t : tables) {
            table(out, quote, t);
        }
        return out;
    }

    private static void table(List<String> out, UnaryOperator<String> q, TableDef t) {
        String log = q.apply(CaptureNames.log(t.name()));
        String keys = SyncPrimary.keyList(q, t, "");
        // key columns without a declared type keep each value exactly as the table held it; quarry_sync_id (the rowid)
        // is a key of its own, so that schema introspection (migrate check, the Studio) can read the table
        out.add("CREATE TABLE IF NOT EXISTS " + log + " (quarry_sync_id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, "
                + keys + ", logged_at REAL NOT NULL DEFAULT (julianday('now')))");
        out.add("CREATE INDEX IF NOT EXISTS " + q.apply(CaptureNames.log(t.name()) + "_seq") + " ON " + log
                + " (seq)");
        String sameKey = t.primaryKey().stream().map(q).map(k -> "OLD." + k + " IS NEW." + k)
                .collect(Collectors.joining(" AND "));
        trigger(out, q, t, "INSERT", logRow(log, keys, q, t, "NEW", ""));
        trigger(out, q, t, "UPDATE", logRow(log, keys, q, t, "NEW", "")
                + logRow(log, keys, q, t, "OLD", " AND NOT (" + sameKey + ")"));
        trigger(out, q, t, "DELETE", logRow(log, keys, q, t, "OLD", ""));
    }

    private static String logRow(String log, String keys, UnaryOperator<String> q, TableDef t, String row,
                                 String when) {
        return "INSERT INTO " + log + " (seq, " + keys + ") SELECT last_seq, " + SyncPrimary.keyList(q, t, row + ".")
                + " FROM " + SyncPrimary.META + " WHERE id = 1" + when + "; ";
    }

    private static void trigger(List<String> out, UnaryOperator<String> q, TableDef t, String event, String body) {
        String name = q.apply(CaptureNames.tableTrigger(t.name(), event));
        out.add("DROP TRIGGER IF EXISTS " + name);
        out.add("CREATE TRIGGER " + name + " AFTER " + event + " ON " + q.apply(t.name()) + " BEGIN " + ADVANCE
                + "; " + body + "END");
    }

    @Override
    public List<String> uninstallStatements(UnaryOperator<String> q, Collection<TableDef> tables) {
        List<String> out = new ArrayList<>();
        for (TableDef t : tables) {
            for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
                out.add("DROP TRIGGER IF EXISTS " + q.apply(CaptureNames.tableTrigger(t.name(), event)));
            }
            out.add("DROP TABLE IF EXISTS " + q.apply(CaptureNames.log(t.name())));
        }
        return out;
    }

    @Override
    public boolean captured(Quarry primary, Table<?> t) {
        return primary.sql("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                CaptureNames.log(t)).fetch(r -> r.get(0, DataType.LONG)).get(0) > 0;
    }

    @Override
    public long compact(Quarry primary, List<? extends Table<?>> tables, Duration retention) {
        return primary.transaction(tx -> {
            double cutoff = tx.sql("SELECT julianday('now') - ?", retention.toMillis() / 86_400_000.0)
                    .fetch(r -> r.get(0, DataType.DOUBLE)).get(0);
            long deleted = 0;
            for (Table<?> t : tables) {
                String log = primary.quote(CaptureNames.log(t));
                tx.sql("UPDATE " + SyncPrimary.META + " SET compacted_seq = max(coalesce(compacted_seq, 0), (SELECT "
                        + "coalesce(max(seq), 0) FROM " + log + " WHERE logged_at <= ?)) WHERE id = 1", cutoff)
                        .execute();
                deleted += tx.sql("DELETE FROM " + log + " WHERE logged_at <= ?", cutoff).execute();
            }
            return deleted;
        });
    }

    @Override
    public Meta meta(QueryFactory tx) {
        return tx.sql("SELECT last_seq, generation, compacted_seq, primary_id FROM " + SyncPrimary.META
                + " WHERE id = 1").fetch(r -> new Meta(String.valueOf(r.get(0, DataType.LONG)),
                        r.get(1, DataType.STRING), text(r.get(2, DataType.LONG)), r.get(3, DataType.STRING))).get(0);
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    @Override
    public boolean behind(Meta meta, String since) {
        return meta.compacted() != null && Long.parseLong(since) < Long.parseLong(meta.compacted());
    }

    @Override
    public String changedKeysSql(Quarry db, Table<?> t) {
        return "SELECT DISTINCT " + SyncPrimary.keyList(db, t, "") + " FROM " + db.quote(CaptureNames.log(t))
                + " WHERE seq > ?";
    }

    @Override
    public Object[] changedKeysParams(String since) {
        return new Object[]{Long.parseLong(since)};
    }

    @Override
    public String writeToken(QueryFactory tx) {
        return String.valueOf(tx.sql("SELECT last_seq FROM " + SyncPrimary.META + " WHERE id = 1")
                .fetch(r -> r.get(0, DataType.LONG)).get(0));
    }

    @Override
    public boolean visible(String token, String cursor) {
        return Long.parseLong(cursor) >= Long.parseLong(token);
    }

    @Override
    public void logKey(QueryFactory tx, Quarry db, Table<?> t, Object[] key) {
        tx.sql(ADVANCE).execute();
        tx.sql("INSERT INTO " + db.quote(CaptureNames.log(t)) + " (seq, " + SyncPrimary.keyList(db, t, "")
                + ") VALUES (" + SEQ + ", " + SyncPrimary.placeholders(t) + ")", key).execute();
    }

    /** Nothing: a write transaction holds SQLite's single writer from its start (BEGIN IMMEDIATE). */
    @Override
    public String lockRows() {
        return "";
    }

    @Override
    public String now() {
        return "CURRENT_TIMESTAMP";
    }

    @Override
    public String randomId() {
        return "lower(hex(randomblob(16)))";
    }
}
