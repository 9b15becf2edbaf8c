package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.query.Column;
import dev.quarry.query.Param;
import dev.quarry.query.Table;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies a pull to the local file in one transaction, cursor included, so the replica moves from one state of the
 * primary to the next or stays where it was. Rows are written with {@code INSERT OR REPLACE}: within a batch, rows
 * may trade unique values (two names swapped), which an update in key order would refuse half-way; once the whole
 * batch is in, every row is as the primary has it. The local file keeps no foreign keys on
 * ({@code foreignKeys(false)}): the primary checked them, and a batch applies rows in no particular order. Values
 * are bound with their column's type, through Quarry's codecs. Stateless.
 */
final class LocalApply {
    private LocalApply() {
    }

    /** Applies {@code pulled}; when it holds every row (a bootstrap), every local row of the tables goes first. */
    static SyncResult apply(Quarry local, SnapshotPull.Pulled pulled) {
        boolean replaceAll = pulled.everything();
        return local.transaction(tx -> {
            int upserted = 0;
            int deleted = 0;
            for (TableChanges c : pulled.tables()) {
                Table<?> t = c.table();
                if (replaceAll) {
                    tx.sql("DELETE FROM " + local.quote(t.name())).execute();
                }
                String delete = "DELETE FROM " + local.quote(t.name()) + " WHERE " + t.primaryKey().stream()
                        .map(k -> local.quote(k.name()) + " = ?").collect(Collectors.joining(" AND "));
                for (Object[] key : c.gone()) {
                    deleted += (int) tx.sql(delete, params(key, t.primaryKey())).execute();
                }
                String insert = "INSERT OR REPLACE INTO " + local.quote(t.name()) + " (" + t.columns().stream()
                        .map(col -> local.quote(col.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(t.columns().size(), "?")) + ")";
                for (Object[] row : c.present()) {
                    tx.sql(insert, params(row, t.columns())).execute();
                    upserted++;
                }
            }
            ReplicaState.saveCursor(tx, pulled.snapshot());
            ReplicaState.saveGeneration(tx, pulled.generation());
            return new SyncResult(upserted, deleted, replaceAll);
        });
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
