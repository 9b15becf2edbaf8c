package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.query.Column;
import dev.quarry.query.Param;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies one pushed local transaction on the primary, exactly once over a delivery that may repeat: in one primary
 * transaction it first advances the client's last applied mutation id
 * ({@code UPDATE ... SET last_mutation_id = m WHERE client_id = c AND last_mutation_id < m}); no row updated means
 * the mutation was applied before (its acknowledgement was lost), and nothing else is done. Then each row: a delete
 * deletes; an insert of a new row inserts it; an insert or update of an existing row (read {@code FOR UPDATE}) writes
 * what the {@link ConflictResolver} returns; an update of a row the primary deleted is dropped (deletes win). A
 * failure rolls all of it back, mutation id included. Thread-safe.
 */
final class PushApply {
    private final Quarry primary;
    private final Map<String, Table<?>> tables;
    private final ConflictResolver resolver;
    private final Capture capture;

    PushApply(Quarry primary, Capture capture, Map<String, Table<?>> tables, ConflictResolver resolver) {
        this.primary = primary;
        this.capture = capture;
        this.tables = tables;
        this.resolver = resolver;
    }

    boolean apply(String clientId, long mutationId, List<LocalChange> changes) {
        return primary.transaction(tx -> {
            tx.sql("INSERT INTO " + SyncPrimary.CLIENTS + " (client_id, last_mutation_id) VALUES (?, 0) "
                    + "ON CONFLICT DO NOTHING", clientId).execute();
            long advanced = tx.sql("UPDATE " + SyncPrimary.CLIENTS + " SET last_mutation_id = ?, pushed_at = "
                    + capture.now() + " "
                    + "WHERE client_id = ? AND last_mutation_id < ?", mutationId, clientId, mutationId).execute();
            if (advanced == 0) {
                return false;
            }
            for (LocalChange c : changes) {
                applyOne(tx, c);
            }
            return true;
        });
    }

    private void applyOne(QueryFactory tx, LocalChange c) {
        Table<?> t = tables.get(c.table());
        if (t == null) {
            throw new MisuseException("a pushed write names table " + c.table() + ", which this replica does not "
                    + "replicate");
        }
        String where = " WHERE " + t.primaryKey().stream().map(k -> primary.quote(k.name()) + " = ?")
                .collect(Collectors.joining(" AND "));
        Object[] key = params(t, c.key());
        if (c.kind() == LocalChange.Kind.DELETE) {
            tx.sql("DELETE FROM " + primary.quote(t.name()) + where, key).execute();
            return;
        }
        List<Map<String, Object>> current = tx.sql("SELECT " + t.columns().stream().map(col -> primary.quote(
                col.name())).collect(Collectors.joining(", ")) + " FROM " + primary.quote(t.name()) + where
                + capture.lockRows(), key).fetch(r -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (Column<?> col : t.columns()) {
                        row.put(col.name(), r.get(col.index(), col.type()));
                    }
                    return row;
                });
        if (current.isEmpty()) {
            if (c.kind() == LocalChange.Kind.INSERT) {
                insert(tx, t, c.values());
            } else {
                logUnchanged(tx, t, key);
            }
            return;
        }
        Map<String, Object> resolved = resolve(c, current.get(0));
        if (resolved.isEmpty()) {
            logUnchanged(tx, t, key);
            return;
        }
        List<Object> args = new ArrayList<>(List.of(params(t, resolved)));
        args.addAll(List.of(key));
        tx.sql("UPDATE " + primary.quote(t.name()) + " SET " + resolved.keySet().stream()
                .map(n -> primary.quote(n) + " = ?").collect(Collectors.joining(", ")) + where, args.toArray())
                .execute();
    }

    /**
     * The write changed nothing here (dropped, or the resolver kept the primary's row), so no trigger logged the
     * key; it is logged by hand, so the replica's next pull reads the primary's row and undoes its local write.
     */
    private void logUnchanged(QueryFactory tx, Table<?> t, Object[] key) {
        capture.logKey(tx, primary, t, key);
    }

    private Map<String, Object> resolve(LocalChange c, Map<String, Object> current) {
        try {
            Map<String, Object> r = resolver.resolve(c, java.util.Collections.unmodifiableMap(current));
            return r == null ? Map.of() : r;
        } catch (RuntimeException e) {
            throw new QuarryException("the conflict resolver failed on a write to " + c.table() + ": " + e, e);
        }
    }

    private void insert(QueryFactory tx, Table<?> t, Map<String, Object> values) {
        tx.sql("INSERT INTO " + primary.quote(t.name()) + " (" + values.keySet().stream().map(primary::quote)
                .collect(Collectors.joining(", ")) + ") VALUES (" + values.keySet().stream().map(n -> "?")
                .collect(Collectors.joining(", ")) + ")", params(t, values)).execute();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] params(Table<?> t, Map<String, Object> values) {
        Object[] p = new Object[values.size()];
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Column<?> col = t.columns().stream().filter(c -> c.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new MisuseException("table " + t.name() + " has no column " + e.getKey()));
            p[i++] = new Param(e.getValue(), col.type());
        }
        return p;
    }
}
