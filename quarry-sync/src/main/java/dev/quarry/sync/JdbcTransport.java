package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.schema.DataType;
import java.util.List;
import java.util.Map;

/**
 * The replica's transport over JDBC: the primary is a {@link Quarry} handle (PostgreSQL, or a SQLite file on the same
 * host), its kind's {@link Capture} says what a cursor is. Thread-safe.
 */
final class JdbcTransport implements SyncTransport {
    private final Quarry primary;
    private final Capture capture;
    private final PushApply push;

    JdbcTransport(Quarry primary, Map<String, dev.quarry.query.Table<?>> tables, ConflictResolver resolver) {
        this.primary = primary;
        this.capture = Capture.of(primary);
        this.push = new PushApply(primary, capture, tables, resolver);
    }

    Quarry primary() {
        return primary;
    }

    Capture capture() {
        return capture;
    }

    @Override
    public String primaryId() {
        return primary.sql("SELECT primary_id FROM " + SyncPrimary.META).fetch(r -> r.get(0, DataType.STRING)).get(0);
    }

    @Override
    public <T> T pull(SnapshotPull.PullRequest request, SnapshotPull.PullSink<T> sink) {
        return SnapshotPull.pull(primary, capture, request, sink);
    }

    @Override
    public boolean push(String clientId, long mutationId, List<LocalChange> changes) {
        boolean applied = push.apply(clientId, mutationId, changes);
        CrashPoints.reach(CrashPoints.AFTER_PUSH_COMMIT_BEFORE_ACK);
        return applied;
    }
}
