package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Dsl;
import dev.quarry.query.Expression;
import dev.quarry.query.Insert;
import dev.quarry.query.InsertStep;
import dev.quarry.query.Prepared;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Applies a pull to the local file in one transaction, cursor included, so the replica moves from one state of the
 * primary to the next or stays where it was. Every key the batch names is deleted first, then the present rows
 * inserted, each step one prepared statement run in JDBC batches: within a batch, rows may trade unique values (two
 * names swapped), which an update in key order would refuse half-way; once the whole batch is in, every row is as
 * the primary has it. The local file keeps no foreign keys on
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
     * Applies {@code pulled} in one local transaction, while the pull's snapshot is open: when it is a whole copy
     * (a bootstrap, or a copy again after compaction, a new generation or a change of tables or filters) every local
     * row of the tables goes and each table is streamed in from {@code wholeTables} chunk by chunk; otherwise its
     * changed rows are written, and a table truncated on the primary is replaced by its streamed rows. Returns null,
     * changing nothing, if the outbox holds local writes (push them first).
     */
    static SyncResult apply(Quarry local, SnapshotPull.Pulled pulled, String shape, List<Table<?>> tables,
                            SnapshotPull.RowSource wholeTables) {
        boolean replaceAll = pulled.everything();
        return local.transaction(tx -> {
            if (!Outbox.isEmpty(tx)) {
                return null;
            }
            ReplicaState.put(tx, ReplicaState.APPLYING, "1");
            int[] upserted = {0};
            int deleted = 0;
            if (replaceAll) {
                for (Table<?> t : tables) {
                    tx.sql("DELETE FROM " + local.quote(t.name())).execute();
                    wholeTables.read(t, chunk -> upserted[0] += insert(tx, t, chunk));
                }
            }
            for (TableChanges c : pulled.tables()) {
                Table<?> t = c.table();
                if (c.whole()) {
                    deleted += (int) tx.sql("DELETE FROM " + local.quote(t.name())).execute();
                    wholeTables.read(t, chunk -> upserted[0] += insert(tx, t, chunk));
                } else {
                    deleted += delete(tx, t, c.gone(), c.present());
                    upserted[0] += insert(tx, t, c.present());
                }
            }
            CrashPoints.reach(replaceAll ? CrashPoints.AFTER_STAGING : CrashPoints.AFTER_APPLY_BEFORE_CURSOR);
            finish(tx, pulled, shape);
            return new SyncResult(upserted[0], deleted, replaceAll);
        });
    }

    /** The pull's bookkeeping, in its local transaction: cursor, identity, shape; the triggers capture again. */
    private static void finish(QueryFactory tx, SnapshotPull.Pulled pulled, String shape) {
        ReplicaState.put(tx, ReplicaState.CURSOR, pulled.snapshot());
        ReplicaState.put(tx, ReplicaState.GENERATION, pulled.generation());
        ReplicaState.put(tx, ReplicaState.PRIMARY, pulled.primaryId());
        ReplicaState.put(tx, ReplicaState.SHAPE, shape);
        if (pulled.everything()) {
            // a new copy is a new client: its mutation ids start afresh without clashing with the old ones'
            ReplicaState.put(tx, ReplicaState.CLIENT, UUID.randomUUID().toString());
        }
        Outbox.readAgainDone(tx);
        ReplicaState.put(tx, ReplicaState.APPLYING, "0");
    }

    /**
     * Deletes the local rows of every key the batch names, present or gone, so the present rows can then be
     * inserted whatever unique values they traded among themselves (the primary's snapshot they come from has no
     * clash, and rows the batch does not name are as in that snapshot too).
     */
    private static int delete(QueryFactory tx, Table<?> t, List<Object[]> gone, List<Object[]> present) {
        if (gone.isEmpty() && present.isEmpty()) {
            return 0;
        }
        List<Column<?>> pk = t.primaryKey();
        Condition[] match = new Condition[pk.size()];
        for (int i = 0; i < match.length; i++) {
            match[i] = byParam(pk.get(i));
        }
        Prepared<Void> delete = tx.deleteFrom(t).where(Dsl.and(match)).prepare();
        long deleted = gone.isEmpty() ? 0 : delete.executeBatch(gone);
        if (!present.isEmpty()) {
            List<Object[]> keys = new ArrayList<>(present.size());
            present.forEach(row -> keys.add(SnapshotPull.keyOf(t, row)));
            delete.executeBatch(keys);
        }
        return (int) deleted;
    }

    @SuppressWarnings("unchecked")
    private static Condition byParam(Column<?> c) {
        Column<Object> col = (Column<Object>) c;
        return col.eq(Dsl.param(col));
    }

    /** Inserts {@code rows} in JDBC batches through one prepared insert naming every column (keys included). */
    private static <R> int insert(QueryFactory tx, Table<R> t, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        List<Column<?>> columns = t.columns();
        Insert<R> insert = first(tx.insertInto(t), columns.get(0));
        for (Column<?> c : columns.subList(1, columns.size())) {
            insert = next(insert, c);
        }
        insert.prepare().executeBatch(rows);
        return rows.size();
    }

    private static <R, T> Insert<R> first(InsertStep<R> step, Column<T> c) {
        Expression<T> p = Dsl.param(c);
        return step.set(c, p);
    }

    private static <R, T> Insert<R> next(Insert<R> insert, Column<T> c) {
        Expression<T> p = Dsl.param(c);
        return insert.set(c, p);
    }
}
