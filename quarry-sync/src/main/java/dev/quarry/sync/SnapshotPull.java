package dev.quarry.sync;

import dev.quarry.Isolation;
import dev.quarry.Quarry;
import dev.quarry.TransactionOptions;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Dsl;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Row;
import dev.quarry.query.Select;
import dev.quarry.query.Selection;
import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * One read of the primary, from one consistent state to the next, as PgQ reads its batches (../shared/SYNC.md):
 * in one {@code REPEATABLE READ, READ ONLY} transaction it takes the transaction's snapshot {@code S}; the keys that
 * changed since the previous cursor {@code P} are those logged by transactions visible in {@code S} and not in
 * {@code P} ({@code xid >= pg_snapshot_xmin(P) AND NOT pg_visible_in_snapshot(xid, P)}); their rows are read in the
 * same transaction, so they are the rows of {@code S}. Cursors are snapshots, not sequence numbers: a transaction
 * that got its id (or its identity values) first and committed last is not skipped, which {@code WHERE id > cursor}
 * would do. On a SQLite primary the cursor is a sequence instead, which is commit order there ({@link SqliteCapture});
 * the rest is the same, with the {@link Capture} saying what a cursor is.
 *
 * <p>A table with a row filter reads its changed rows through the filter: a changed row the filter no longer
 * admits comes back absent, so the replica deletes it (a move out); one that entered it comes back present. Keys the
 * replica asks to read again (those of a rejected offline write) are read with the changed ones. Stateless.
 */
final class SnapshotPull {
    private static final TransactionOptions SNAPSHOT = TransactionOptions.READ_ONLY
            .withIsolation(Isolation.REPEATABLE_READ);
    private static final int KEYS_PER_QUERY = 500;
    private static final int COPY_CHUNK = 1_000;

    private SnapshotPull() {
    }

    /**
     * What changed since {@code request.since()}, handed to {@code sink} while the pull's snapshot is open, with a
     * source that streams whole tables from that snapshot: every table when there is no cursor, the generation
     * changed, or compaction deleted log entries the cursor has not seen ({@link Pulled#everything()}), and a table
     * truncated since the cursor ({@link TableChanges#whole()}). Whole tables are read through a cursor,
     * {@value #COPY_CHUNK} rows at a time (the engine's fetch size), and never held in memory at once; only changed
     * rows are read into the batch.
     */
    static <T> T pull(Quarry primary, Capture capture, PullRequest request, PullSink<T> sink) {
        return primary.transaction(SNAPSHOT, tx -> {
            Capture.Meta meta = capture.meta(tx);
            String since = request.since();
            boolean everything = since == null || !meta.generation().equals(request.generation())
                    || capture.behind(meta, since);
            List<TableChanges> changes = new ArrayList<>(request.tables().size());
            for (Table<?> t : everything ? List.<Table<?>>of() : request.tables()) {
                Condition filter = request.filters().get(t.name());
                List<Object[]> again = request.readAgain().getOrDefault(t.name(), List.of());
                TableChanges c = null;
                if (filter == null && again.isEmpty()) {
                    c = changedSince(tx, primary, capture, t, since);
                } else {
                    List<Object[]> keys = changedKeys(tx, primary, capture, t, since);
                    c = TableChanges.truncated(keys) ? null : byKeys(tx, t, filter, keys, again);
                }
                if (c == null || TableChanges.truncated(c.gone())) {
                    c = new TableChanges(t, List.of(), List.of(), true);
                }
                changes.add(c);
            }
            Pulled pulled = new Pulled(meta.snapshot(), meta.generation(), meta.primaryId(), everything, changes);
            return sink.apply(pulled, (t, chunk) -> stream(tx, t, request.filters().get(t.name()), chunk));
        });
    }

    /** Streams every row of {@code t} the filter admits to {@code chunk}, {@value #COPY_CHUNK} at a time. */
    private static void stream(QueryFactory tx, Table<?> t, Condition filter, Consumer<List<Object[]>> chunk) {
        Select<Object[]> all = Dsl.select(selections(t)).from(t);
        if (filter != null) {
            all = all.where(filter);
        }
        List<Object[]> buffer = new ArrayList<>(COPY_CHUNK);
        try (Stream<Object[]> rows = all.on(tx.executor()).stream()) {
            rows.forEach(row -> {
                buffer.add(row);
                if (buffer.size() == COPY_CHUNK) {
                    chunk.accept(List.copyOf(buffer));
                    buffer.clear();
                }
            });
        }
        if (!buffer.isEmpty()) {
            chunk.accept(buffer);
        }
    }

    /**
     * Applies a pull, given its batch and a source of whole tables, while the pull's snapshot is open (so whole
     * tables stream from that snapshot); see {@link #pull}.
     */
    interface PullSink<T> {
        T apply(Pulled pulled, RowSource wholeTables);
    }

    /** Feeds every row of a table, in chunks, to a consumer. */
    interface RowSource {
        void read(Table<?> table, Consumer<List<Object[]>> chunk);
    }

    /**
     * One query: the changed keys, each joined to its row if the row exists in the snapshot. A row comes back
     * present; a key without one (the row's key columns null) is gone.
     */
    private static TableChanges changedSince(QueryFactory tx, Quarry db, Capture capture, Table<?> t,
                                             String since) {
        List<Column<?>> pk = t.primaryKey();
        String match = pk.stream().map(k -> "t." + db.quote(k.name()) + " = c." + db.quote(k.name()))
                .collect(Collectors.joining(" AND "));
        String sql = "SELECT " + SyncPrimary.keyList(db, t, "c.") + ", " + t.columns().stream()
                .map(c -> "t." + db.quote(c.name())).collect(Collectors.joining(", ")) + " FROM ("
                + capture.changedKeysSql(db, t) + ") c LEFT JOIN " + db.quote(t.name()) + " t ON " + match;
        int width = pk.size();
        List<Column<?>> read = new ArrayList<>(pk);
        read.addAll(t.columns());
        int probe = width + pk.get(0).index();
        List<Object[]> present = new ArrayList<>();
        List<Object[]> gone = new ArrayList<>();
        for (Object[] row : tx.sql(sql, capture.changedKeysParams(since)).fetch(r -> values(r, read))) {
            if (row[probe] == null) {
                gone.add(Arrays.copyOfRange(row, 0, width));
            } else {
                present.add(Arrays.copyOfRange(row, width, row.length));
            }
        }
        return new TableChanges(t, present, gone);
    }

    private static List<Object[]> changedKeys(QueryFactory tx, Quarry db, Capture capture, Table<?> t,
                                              String since) {
        return tx.sql(capture.changedKeysSql(db, t), capture.changedKeysParams(since))
                .fetch(r -> values(r, t.primaryKey()));
    }

    /** The rows of {@code keys} the filter admits are present; every other key is gone. */
    private static TableChanges byKeys(QueryFactory tx, Table<?> t, Condition filter, List<Object[]> changed,
                                       List<Object[]> again) {
        Set<List<Object>> keys = new LinkedHashSet<>();
        changed.forEach(k -> keys.add(Arrays.asList(k)));
        again.forEach(k -> keys.add(Arrays.asList(k)));
        List<List<Object>> all = new ArrayList<>(keys);
        List<Object[]> present = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            Condition among = keyIn(t, all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)));
            present.addAll(tx.fetch(Dsl.select(selections(t)).from(t)
                    .where(filter == null ? among : Dsl.and(filter, among))));
        }
        Set<List<Object>> found = new HashSet<>();
        for (Object[] row : present) {
            found.add(Arrays.asList(keyOf(t, row)));
        }
        List<Object[]> gone = all.stream().filter(k -> !found.contains(k)).map(List::toArray).toList();
        return new TableChanges(t, present, gone);
    }

    @SuppressWarnings("unchecked")
    private static Condition keyIn(Table<?> t, List<List<Object>> keys) {
        List<Column<?>> pk = t.primaryKey();
        if (pk.size() == 1) {
            return ((Column<Object>) pk.get(0)).in(keys.stream().map(k -> k.get(0)).toList());
        }
        return Dsl.or(keys.stream().map(k -> {
            Condition[] parts = new Condition[pk.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = ((Column<Object>) pk.get(i)).eq(k.get(i));
            }
            return Dsl.and(parts);
        }).toArray(Condition[]::new));
    }

    static Object[] keyOf(Table<?> t, Object[] row) {
        List<Column<?>> pk = t.primaryKey();
        Object[] key = new Object[pk.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = row[pk.get(i).index()];
        }
        return key;
    }

    private static Selection<?>[] selections(Table<?> t) {
        return t.columns().toArray(Selection<?>[]::new);
    }

    private static Object[] values(Row r, List<Column<?>> columns) {
        Object[] v = new Object[columns.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.get(i, columns.get(i).type());
        }
        return v;
    }

    /**
     * What a replica asks for: its tables and their row filters (by table name), its cursor and generation (null
     * for a first copy), and keys to read again whatever their log says (by table name).
     */
    record PullRequest(List<Table<?>> tables, Map<String, Condition> filters, String since, String generation,
                       Map<String, List<Object[]>> readAgain) {
    }

    /**
     * A pull's batch: the snapshot it read at (the next cursor), the primary's identity, whether every table is to
     * be copied whole ({@code tables} is then empty), else each table's changes.
     */
    record Pulled(String snapshot, String generation, String primaryId, boolean everything,
                  List<TableChanges> tables) {
    }
}
