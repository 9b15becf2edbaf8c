package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.query.Column;
import dev.quarry.query.Param;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Table;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies a pull to the local file in one transaction, cursor included, so the replica moves from one state of the
 * primary to the next or stays where it was. Rows are written with {@code INSERT OR REPLACE}: within a batch, rows
 * may trade unique values (two names swapped), which an update in key order would refuse half-way; once the whole
 * batch is in, every row is as the primary has it. The local file keeps no foreign keys on
 * ({@code foreignKeys(false)}): the primary checked them, and a batch applies rows in no particular order. Values
 * are bound with their column's type, through Quarry's codecs.
 *
 * <p>PowerSync's rule: a pull is applied only while the outbox is empty, checked inside the applying transaction
 * (which holds SQLite's single writer), so pulled rows never overwrite a local write not yet pushed; the outbox
 * triggers are silenced for the transaction, so applied rows are not queued as local writes. Stateless.
 */
final class LocalApply {
    private LocalApply() {
    }

    /**
     * Applies {@code pulled}; when it holds every row (a bootstrap), every local row of the tables goes first.
     * Returns null, changing nothing, if the outbox holds local writes (push them first).
     */
    static SyncResult apply(Quarry local, SnapshotPull.Pulled pulled, String shape) {
        boolean replaceAll = pulled.everything();
        return local.transaction(tx -> {
            if (!Outbox.isEmpty(tx)) {
                return null;
            }
            ReplicaState.put(tx, ReplicaState.APPLYING, "1");
            int upserted = 0;
            int deleted = 0;
            for (TableChanges c : pulled.tables()) {
                Table<?> t = c.table();
                if (replaceAll) {
                    tx.sql("DELETE FROM " + local.quote(t.name())).execute();
                }
                deleted += delete(tx, local, t, c.gone());
                upserted += upsert(tx, local, t, c.present());
            }
            CrashPoints.reach(replaceAll ? CrashPoints.AFTER_STAGING : CrashPoints.AFTER_APPLY_BEFORE_CURSOR);
            ReplicaState.put(tx, ReplicaState.CURSOR, pulled.snapshot());
            ReplicaState.put(tx, ReplicaState.GENERATION, pulled.generation());
            ReplicaState.put(tx, ReplicaState.PRIMARY, pulled.primaryId());
            ReplicaState.put(tx, ReplicaState.SHAPE, shape);
            if (replaceAll) {
                // a new copy is a new client: its mutation ids start afresh without clashing with the old ones'
                ReplicaState.put(tx, ReplicaState.CLIENT, UUID.randomUUID().toString());
            }
            Outbox.readAgainDone(tx);
            ReplicaState.put(tx, ReplicaState.APPLYING, "0");
            return new SyncResult(upserted, deleted, replaceAll);
        });
    }

    private static int delete(QueryFactory tx, Quarry local, Table<?> t, List<Object[]> keys) {
        String delete = "DELETE FROM " + local.quote(t.name()) + " WHERE " + t.primaryKey().stream()
                .map(k -> local.quote(k.name()) + " = ?").collect(Collectors.joining(" AND "));
        int deleted = 0;
        for (Object[] key : keys) {
            deleted += (int) tx.sql(delete, params(key, t.primaryKey())).execute();
        }
        return deleted;
    }

    private static int upsert(QueryFactory tx, Quarry local, Table<?> t, List<Object[]> rows) {
        String insert = "INSERT OR REPLACE INTO " + local.quote(t.name()) + " (" + t.columns().stream()
                .map(col -> local.quote(col.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                + String.join(", ", Collections.nCopies(t.columns().size(), "?")) + ")";
        for (Object[] row : rows) {
            tx.sql(insert, params(row, t.columns())).execute();
        }
        return rows.size();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] params(Object[] values, List<Column<?>> columns) {
        Object[] p = new Object[values.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Param(values[i], columns.get(i).type());
        }
        return p;
    }
}
