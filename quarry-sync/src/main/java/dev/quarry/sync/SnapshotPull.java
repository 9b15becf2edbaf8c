package dev.quarry.sync;

import dev.quarry.Isolation;
import dev.quarry.Quarry;
import dev.quarry.TransactionOptions;
import dev.quarry.query.Column;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One read of the primary, from one consistent state to the next, as PgQ reads its batches (../shared/SYNC.md):
 * in one {@code REPEATABLE READ, READ ONLY} transaction it takes the transaction's snapshot {@code S}; the keys that
 * changed since the previous cursor {@code P} are those logged by transactions visible in {@code S} and not in
 * {@code P} ({@code xid >= pg_snapshot_xmin(P) AND NOT pg_visible_in_snapshot(xid, P)}); their rows are read in the
 * same transaction, so they are the rows of {@code S}. Cursors are snapshots, not sequence numbers: a transaction
 * that got its id (or its identity values) first and committed last is not skipped, which {@code WHERE id > cursor}
 * would do. Stateless.
 */
final class SnapshotPull {
    private static final TransactionOptions SNAPSHOT = TransactionOptions.READ_ONLY
            .withIsolation(Isolation.REPEATABLE_READ);

    private SnapshotPull() {
    }

    /**
     * What changed since {@code since} (a snapshot's text) in the primary's generation {@code generation}, or every
     * row when {@code since} is null, the generation changed, or compaction deleted log entries the cursor has not
     * seen ({@link Pulled#everything()} then says so).
     */
    static Pulled pull(Quarry primary, List<? extends Table<?>> tables, String since, String generation) {
        return primary.transaction(SNAPSHOT, tx -> {
            String snapshot = tx.sql("SELECT pg_current_snapshot()::text")
                    .fetch(r -> r.get(0, DataType.STRING)).get(0);
            String[] meta = tx.sql("SELECT generation, compacted_xid::text FROM " + SyncPrimary.META)
                    .fetch(r -> new String[]{r.get(0, DataType.STRING), r.get(1, DataType.STRING)}).get(0);
            boolean everything = since == null || !meta[0].equals(generation)
                    || meta[1] != null && !SnapshotText.before(meta[1], since);
            List<TableChanges> changes = new ArrayList<>(tables.size());
            for (Table<?> t : tables) {
                changes.add(everything ? everything(tx, primary, t) : changedSince(tx, primary, t, since));
            }
            return new Pulled(snapshot, meta[0], everything, changes);
        });
    }

    private static TableChanges everything(QueryFactory tx, Quarry db, Table<?> t) {
        List<Object[]> rows = tx.sql("SELECT " + columns(db, t, "") + " FROM " + db.quote(t.name()))
                .fetch(r -> values(r, t.columns()));
        return new TableChanges(t, rows, List.of());
    }

    private static TableChanges changedSince(QueryFactory tx, Quarry db, Table<?> t, String since) {
        String keys = SyncPrimary.keyList(db, t, "");
        String changed = "SELECT DISTINCT " + keys + " FROM " + db.quote(CaptureNames.log(t))
                + " WHERE xid >= pg_snapshot_xmin(CAST(? AS pg_snapshot))"
                + " AND NOT pg_visible_in_snapshot(xid, CAST(? AS pg_snapshot))";
        List<Object[]> present = tx.sql("SELECT " + columns(db, t, "") + " FROM " + db.quote(t.name())
                + " WHERE (" + keys + ") IN (" + changed + ")", since, since).fetch(r -> values(r, t.columns()));
        String match = t.primaryKey().stream().map(k -> "t." + db.quote(k.name()) + " = c." + db.quote(k.name()))
                .collect(Collectors.joining(" AND "));
        List<Object[]> gone = tx.sql("SELECT " + SyncPrimary.keyList(db, t, "c.") + " FROM (" + changed + ") c"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + db.quote(t.name()) + " t WHERE " + match + ")", since, since)
                .fetch(r -> values(r, t.primaryKey()));
        return new TableChanges(t, present, gone);
    }

    private static String columns(Quarry db, Table<?> t, String alias) {
        return t.columns().stream().map(c -> alias + db.quote(c.name())).collect(Collectors.joining(", "));
    }

    private static Object[] values(Row r, List<Column<?>> columns) {
        Object[] v = new Object[columns.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.get(i, columns.get(i).type());
        }
        return v;
    }

    /** A pull's result: the snapshot it read at (the next cursor) and each table's changes. */
    record Pulled(String snapshot, String generation, boolean everything, List<TableChanges> tables) {
    }
}
