package dev.quarry.sync;

import dev.quarry.query.Condition;
import dev.quarry.query.Table;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link Replica} runs. Immutable: each method returns a copy with one option changed.
 *
 * @param syncEvery     how often the replica syncs by itself, on a background task of the local database; zero (the
 *                      default) syncs only when {@link Replica#sync()} or {@link Replica#write} is called. A failed
 *                      background sync (the primary unreachable) goes to the local database's callback error handler
 *                      and the next one tries again; reads stay local meanwhile.
 * @param offline       whether writes are local and queued ({@link #offlineWrites()}); false (the default) forwards
 *                      {@link Replica#write} to the primary
 * @param filters       row filters by table name ({@link #where})
 * @param resolver      what a pushed offline write does to a row the primary holds; last write wins per column by
 *                      default
 * @param onRejected    told of each offline write the primary refuses ({@link #onRejectedWrite})
 */
public record ReplicaOptions(Duration syncEvery, boolean offline, Map<String, Condition> filters,
                             ConflictResolver resolver, Consumer<RejectedWrite> onRejected) {

    /** Syncs only when asked, forwards writes, copies whole tables, last write wins. */
    public static final ReplicaOptions DEFAULTS = new ReplicaOptions(Duration.ZERO, false, Map.of(),
            ConflictResolver.LAST_WRITE_WINS, rejected -> { });

    /** Checks every option; copies {@code filters}. */
    public ReplicaOptions {
        Objects.requireNonNull(syncEvery, "syncEvery");
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(onRejected, "onRejected");
        if (syncEvery.isNegative()) {
            throw new IllegalArgumentException("syncEvery must not be negative, was " + syncEvery);
        }
        filters = Map.copyOf(filters);
    }

    /** These options, syncing every {@code interval} in the background. */
    public ReplicaOptions syncEvery(Duration interval) {
        return new ReplicaOptions(interval, offline, filters, resolver, onRejected);
    }

    /**
     * These options with offline writes: every write to a replicated table of {@link Replica#local()} (the DSL, raw
     * SQL, {@link Replica#write}, another process) is applied locally and queued in the same local transaction; a
     * sync pushes the queue in order before it pulls, and pulls nothing newer while the queue holds writes. Each
     * local transaction is applied once on the primary, in one transaction, even when a push is repeated.
     */
    public ReplicaOptions offlineWrites() {
        return new ReplicaOptions(syncEvery, true, filters, resolver, onRejected);
    }

    /**
     * These options replicating only the rows of {@code table} that {@code filter} admits, as the primary evaluates
     * it (e.g. {@code where(INVOICE, INVOICE.customerId.eq(42))}). A row that stops matching is deleted locally at
     * the next sync, one that starts matching appears. Changing a file's filters copies its tables again.
     */
    public ReplicaOptions where(Table<?> table, Condition filter) {
        Objects.requireNonNull(filter, "filter");
        Map<String, Condition> f = new LinkedHashMap<>(filters);
        f.put(table.name(), filter);
        return new ReplicaOptions(syncEvery, offline, f, resolver, onRejected);
    }

    /**
     * These options telling {@code listener} of each offline write the primary refuses, on the thread that synced
     * (a background sync's too), after the write was moved aside. A listener that throws is reported to the local
     * database's callback error handler; the sync goes on.
     */
    public ReplicaOptions onRejectedWrite(Consumer<RejectedWrite> listener) {
        return new ReplicaOptions(syncEvery, offline, filters, resolver, listener);
    }

    /** These options resolving conflicts of pushed offline writes with {@code resolver}. */
    public ReplicaOptions resolveConflictsWith(ConflictResolver resolver) {
        return new ReplicaOptions(syncEvery, offline, filters, resolver, onRejected);
    }
}
