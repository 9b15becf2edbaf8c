package dev.quarry.sync;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import dev.quarry.schema.TableDef;
import java.time.Duration;
import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Capture on a PostgreSQL primary. Each captured table gets a change log {@code quarry_sync_log_<table>} holding, per
 * changed row, its primary key and the writing transaction's id ({@code pg_current_xact_id()}, an {@code xid8}), and
 * statement-level {@code AFTER} triggers with transition tables (PostgreSQL 10+) that copy the keys of every
 * inserted, updated (old and new key) and deleted row into it: one INSERT ... SELECT per statement, not per row; a
 * {@code TRUNCATE} logs one entry without a key. Cursors are snapshots ({@code pg_current_snapshot()}), not sequence
 * numbers: see {@link SnapshotPull}. Needs no extension, no {@code wal_level} change and no superuser. Stateless.
 */
final class PostgresCapture implements Capture {
    static final PostgresCapture INSTANCE = new PostgresCapture();

    private PostgresCapture() {
    }

    @Override
    public List<String> installStatements(UnaryOperator<String> quote, Collection<TableDef> tables) {
        List<String> out = new ArrayList<>();
        out.add("CREATE TABLE IF NOT EXISTS " + SyncPrimary.META + " (id int PRIMARY KEY CHECK (id = 1), generation "
                + "text NOT NULL, compacted_xid xid8)");
        out.add("INSERT INTO " + SyncPrimary.META + " (id, generation) VALUES (1, gen_random_uuid()::text) "
                + "ON CONFLICT DO NOTHING");
        out.add("ALTER TABLE " + SyncPrimary.META + " ADD COLUMN IF NOT EXISTS primary_id text NOT NULL DEFAULT "
                + "gen_random_uuid()::text");
        out.add("CREATE TABLE IF NOT EXISTS " + SyncPrimary.CLIENTS + " (client_id text PRIMARY KEY, "
                + "last_mutation_id bigint NOT NULL, pushed_at timestamptz NOT NULL DEFAULT now())");
        for (TableDef t : tables) {
            table(out, quote, t);
        }
        return out;
    }

    private static void table(List<String> out, UnaryOperator<String> q, TableDef t) {
        String table = q.apply(t.name());
        String log = q.apply(CaptureNames.log(t.name()));
        String keys = SyncPrimary.keyList(q, t, "");
        String function = q.apply(CaptureNames.function(t.name()));
        out.add("CREATE TABLE IF NOT EXISTS " + log + " AS SELECT " + keys + " FROM " + table + " WITH NO DATA");
        out.add("ALTER TABLE " + log + " ADD COLUMN IF NOT EXISTS xid xid8 NOT NULL DEFAULT pg_current_xact_id()");
        out.add("ALTER TABLE " + log + " ADD COLUMN IF NOT EXISTS logged_at timestamptz NOT NULL DEFAULT now()");
        // a key of its own, so that schema introspection (migrate check, the Studio) can read the table
        out.add("ALTER TABLE " + log + " ADD COLUMN IF NOT EXISTS quarry_sync_id bigint GENERATED ALWAYS AS IDENTITY "
                + "PRIMARY KEY");
        out.add("CREATE INDEX IF NOT EXISTS " + q.apply(CaptureNames.log(t.name()) + "_xid") + " ON " + log + " (xid)");
        out.add("CREATE OR REPLACE FUNCTION " + function + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO " + log + " (" + keys + ") SELECT " + keys
                + " FROM new_rows; END IF; "
                + "IF TG_OP IN ('UPDATE', 'DELETE') THEN INSERT INTO " + log + " (" + keys + ") SELECT " + keys
                + " FROM old_rows; END IF; "
                // a truncate logs one entry without a key: the replica copies the whole table again
                + "IF TG_OP = 'TRUNCATE' THEN INSERT INTO " + log + " DEFAULT VALUES; END IF; "
                + "RETURN NULL; END $$");
        // one trigger per event: PostgreSQL allows transition tables only on single-event triggers
        trigger(out, q, t, "INSERT", " REFERENCING NEW TABLE AS new_rows");
        trigger(out, q, t, "UPDATE", " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows");
        trigger(out, q, t, "DELETE", " REFERENCING OLD TABLE AS old_rows");
        trigger(out, q, t, "TRUNCATE", "");
    }

    private static void trigger(List<String> out, UnaryOperator<String> q, TableDef t, String event,
                                String referencing) {
        String name = q.apply(CaptureNames.trigger(event));
        out.add("DROP TRIGGER IF EXISTS " + name + " ON " + q.apply(t.name()));
        out.add("CREATE TRIGGER " + name + " AFTER " + event + " ON " + q.apply(t.name()) + referencing
                + " FOR EACH STATEMENT EXECUTE FUNCTION " + q.apply(CaptureNames.function(t.name())) + "()");
    }

    @Override
    public List<String> uninstallStatements(UnaryOperator<String> q, Collection<TableDef> tables) {
        List<String> out = new ArrayList<>();
        for (TableDef t : tables) {
            for (String event : List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE")) {
                out.add("DROP TRIGGER IF EXISTS " + q.apply(CaptureNames.trigger(event)) + " ON " + q.apply(t.name()));
            }
            out.add("DROP FUNCTION IF EXISTS " + q.apply(CaptureNames.function(t.name())) + "()");
            out.add("DROP TABLE IF EXISTS " + q.apply(CaptureNames.log(t.name())));
        }
        return out;
    }

    @Override
    public boolean captured(Quarry primary, Table<?> t) {
        return primary.sql("SELECT to_regclass(?)::text", primary.quote(CaptureNames.log(t)))
                .fetch(r -> r.get(0, DataType.STRING)).get(0) != null;
    }

    @Override
    public long compact(Quarry primary, List<? extends Table<?>> tables, Duration retention) {
        return primary.transaction(tx -> tx.withConnection(ConnectionAccess.WRITE, c -> {
            long deleted = 0;
            for (Table<?> t : tables) {
                try (PreparedStatement ps = c.prepareStatement("WITH gone AS (DELETE FROM "
                        + primary.quote(CaptureNames.log(t)) + " WHERE logged_at < now() - make_interval(secs => ?) "
                        + "RETURNING xid) UPDATE " + SyncPrimary.META + " SET compacted_xid = greatest(compacted_xid, "
                        + "(SELECT max(xid) FROM gone)) RETURNING (SELECT count(*) FROM gone)")) {
                    ps.setDouble(1, retention.toMillis() / 1000.0);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        deleted += rs.getLong(1);
                    }
                }
            }
            return deleted;
        }));
    }

    @Override
    public Meta meta(QueryFactory tx) {
        return tx.sql("SELECT pg_current_snapshot()::text, generation, compacted_xid::text, primary_id FROM "
                + SyncPrimary.META).fetch(r -> new Meta(r.get(0, DataType.STRING), r.get(1, DataType.STRING),
                        r.get(2, DataType.STRING), r.get(3, DataType.STRING))).get(0);
    }

    @Override
    public boolean behind(Meta meta, String since) {
        return meta.compacted() != null && !SnapshotText.before(meta.compacted(), since);
    }

    @Override
    public String changedKeysSql(Quarry db, Table<?> t) {
        return "SELECT DISTINCT " + SyncPrimary.keyList(db, t, "") + " FROM " + db.quote(CaptureNames.log(t))
                + " WHERE xid >= pg_snapshot_xmin(CAST(? AS pg_snapshot))"
                + " AND NOT pg_visible_in_snapshot(xid, CAST(? AS pg_snapshot))";
    }

    @Override
    public Object[] changedKeysParams(String since) {
        return new Object[]{since, since};
    }

    @Override
    public String writeToken(QueryFactory tx) {
        return tx.sql("SELECT pg_current_xact_id()::text").fetch(r -> r.get(0, DataType.STRING)).get(0);
    }

    @Override
    public boolean visible(String token, String cursor) {
        return SnapshotText.visible(token, cursor);
    }

    @Override
    public void logKey(QueryFactory tx, Quarry db, Table<?> t, Object[] key) {
        tx.sql("INSERT INTO " + db.quote(CaptureNames.log(t)) + " (" + SyncPrimary.keyList(db, t, "") + ") VALUES ("
                + SyncPrimary.placeholders(t) + ")", key).execute();
    }

    @Override
    public String lockRows() {
        return " FOR UPDATE";
    }

    @Override
    public String now() {
        return "now()";
    }

    @Override
    public String randomId() {
        return "gen_random_uuid()::text";
    }
}
