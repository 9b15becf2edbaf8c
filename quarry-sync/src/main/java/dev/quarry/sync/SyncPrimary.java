package dev.quarry.sync;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.Column;
import dev.quarry.query.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The primary side of replication: change capture by triggers, installed once per table (and again harmlessly).
 *
 * <p>How it works (PostgreSQL). Each captured table gets a change log {@code quarry_sync_log_<table>} holding, per
 * changed row, its primary key and the writing transaction's id ({@code pg_current_xact_id()}, an {@code xid8}), and
 * statement-level {@code AFTER} triggers with transition tables (PostgreSQL 10+) that copy the keys of every
 * inserted, updated (old and new key) and deleted row into it: one INSERT ... SELECT per statement, not per row. The
 * log holds keys only; a pull reads the rows themselves, as they are in its snapshot. {@code quarry_sync_meta} holds
 * the primary's id and generation, {@code quarry_sync_clients} each offline replica's last applied mutation id
 * ({@link Replica} pushes). Needs no extension, no
 * {@code wal_level} change and no superuser: the right to create tables, functions and triggers in the schema.
 */
public final class SyncPrimary {
    /**
     * One row: the primary's id (made once, never changed: a replica refuses a file copied from another primary),
     * its generation, and the newest transaction whose log entries compaction deleted.
     */
    static final String META = "quarry_sync_meta";
    /** Per replica that pushed offline writes: the last mutation id applied, advanced with the mutation. */
    static final String CLIENTS = "quarry_sync_clients";
    private SyncPrimary() {
    }

    /**
     * Installs change capture on {@code tables} of {@code primary} (its current schema), in one transaction;
     * tables already captured are left as they are.
     *
     * @throws UnsupportedFeatureException if the primary is not PostgreSQL
     * @throws MisuseException             if a table has no primary key
     */
    public static void install(Quarry primary, List<? extends Table<?>> tables) {
        requirePostgres(primary);
        tables.forEach(SyncPrimary::requireKey);
        primary.transactionRun(tx -> tx.withConnection(ConnectionAccess.WRITE, c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + META + " (id int PRIMARY KEY CHECK (id = 1), generation "
                        + "text NOT NULL, compacted_xid xid8)");
                st.execute("INSERT INTO " + META + " (id, generation) VALUES (1, gen_random_uuid()::text) "
                        + "ON CONFLICT DO NOTHING");
                st.execute("ALTER TABLE " + META + " ADD COLUMN IF NOT EXISTS primary_id text NOT NULL DEFAULT "
                        + "gen_random_uuid()::text");
                st.execute("CREATE TABLE IF NOT EXISTS " + CLIENTS + " (client_id text PRIMARY KEY, "
                        + "last_mutation_id bigint NOT NULL, pushed_at timestamptz NOT NULL DEFAULT now())");
            }
            for (Table<?> t : tables) {
                install(c, primary, t);
            }
            return null;
        }));
    }

    /**
     * Deletes the change log entries of {@code tables} older than {@code retention}. A replica whose cursor is older
     * than the newest entry deleted can no longer tell which rows changed: its next sync copies the tables again
     * (a re-bootstrap, said in {@link SyncResult#rebootstrapped()}). Returns the number of entries deleted.
     */
    public static long compact(Quarry primary, List<? extends Table<?>> tables, java.time.Duration retention) {
        requirePostgres(primary);
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
        return primary.transaction(tx -> tx.withConnection(ConnectionAccess.WRITE, c -> {
            long deleted = 0;
            for (Table<?> t : tables) {
                try (java.sql.PreparedStatement ps = c.prepareStatement("WITH gone AS (DELETE FROM "
                        + primary.quote(CaptureNames.log(t)) + " WHERE logged_at < now() - make_interval(secs => ?) "
                        + "RETURNING xid) UPDATE " + META + " SET compacted_xid = greatest(compacted_xid, "
                        + "(SELECT max(xid) FROM gone)) RETURNING (SELECT count(*) FROM gone)")) {
                    ps.setDouble(1, retention.toMillis() / 1000.0);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        deleted += rs.getLong(1);
                    }
                }
            }
            return deleted;
        }));
    }

    /**
     * Gives the primary a new generation, after it was restored from a logical backup (which does not carry the
     * transaction counter the cursors count on): every replica copies its tables again at its next sync.
     */
    public static void rotateGeneration(Quarry primary) {
        requirePostgres(primary);
        primary.sql("UPDATE " + META + " SET generation = gen_random_uuid()::text").execute();
    }

    static void requirePostgres(Quarry primary) {
        if (!primary.dialectName().toLowerCase(java.util.Locale.ROOT).startsWith("postgres")) {
            throw new UnsupportedFeatureException("a replica's primary must be PostgreSQL for now; this one is "
                    + primary.dialectName() + " (SQLite and MariaDB primaries are not built yet: docs/replicas.md)");
        }
    }

    static void requireKey(Table<?> t) {
        if (t.primaryKey().isEmpty()) {
            throw new MisuseException("table " + t.name() + " has no primary key; a replicated table needs one to "
                    + "tell its rows apart");
        }
    }

    private static void install(Connection c, Quarry db, Table<?> t) throws SQLException {
        String table = db.quote(t.name());
        String log = db.quote(CaptureNames.log(t));
        String keys = keyList(db, t, "");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS " + log + " AS SELECT " + keys + " FROM " + table + " WITH NO DATA");
            st.execute("ALTER TABLE " + log + " ADD COLUMN IF NOT EXISTS xid xid8 NOT NULL DEFAULT "
                    + "pg_current_xact_id()");
            st.execute("ALTER TABLE " + log + " ADD COLUMN IF NOT EXISTS logged_at timestamptz NOT NULL DEFAULT "
                    + "now()");
            st.execute("CREATE INDEX IF NOT EXISTS " + db.quote(CaptureNames.log(t) + "_xid") + " ON " + log
                    + " (xid)");
            st.execute("CREATE OR REPLACE FUNCTION " + db.quote(CaptureNames.function(t)) + "() RETURNS trigger "
                    + "LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF TG_OP IN ('INSERT', 'UPDATE') THEN INSERT INTO " + log + " (" + keys + ") SELECT " + keys
                    + " FROM new_rows; END IF; "
                    + "IF TG_OP IN ('UPDATE', 'DELETE') THEN INSERT INTO " + log + " (" + keys + ") SELECT " + keys
                    + " FROM old_rows; END IF; "
                    // a truncate logs one entry without a key: the replica copies the whole table again
                    + "IF TG_OP = 'TRUNCATE' THEN INSERT INTO " + log + " DEFAULT VALUES; END IF; "
                    + "RETURN NULL; END $$");
            trigger(st, db, t, "INSERT", "NEW TABLE AS new_rows");
            trigger(st, db, t, "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows");
            trigger(st, db, t, "DELETE", "OLD TABLE AS old_rows");
            String truncate = db.quote(CaptureNames.trigger("TRUNCATE"));
            st.execute("DROP TRIGGER IF EXISTS " + truncate + " ON " + table);
            st.execute("CREATE TRIGGER " + truncate + " AFTER TRUNCATE ON " + table + " FOR EACH STATEMENT EXECUTE "
                    + "FUNCTION " + db.quote(CaptureNames.function(t)) + "()");
        }
    }

    /** One trigger per event: PostgreSQL allows transition tables only on single-event triggers. */
    private static void trigger(Statement st, Quarry db, Table<?> t, String event, String referencing)
            throws SQLException {
        String name = db.quote(CaptureNames.trigger(event));
        st.execute("DROP TRIGGER IF EXISTS " + name + " ON " + db.quote(t.name()));
        st.execute("CREATE TRIGGER " + name + " AFTER " + event + " ON " + db.quote(t.name()) + " REFERENCING "
                + referencing + " FOR EACH STATEMENT EXECUTE FUNCTION " + db.quote(CaptureNames.function(t)) + "()");
    }

    /** The key columns, quoted, each prefixed with {@code alias}. */
    static String keyList(Quarry db, Table<?> t, String alias) {
        return t.primaryKey().stream().map(Column::name).map(n -> alias + db.quote(n))
                .collect(Collectors.joining(", "));
    }
}
