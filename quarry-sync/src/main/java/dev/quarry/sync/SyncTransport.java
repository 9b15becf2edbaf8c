package dev.quarry.sync;

import java.util.List;

/**
 * How a replica reaches its primary: pull a consistent batch, push a queued local transaction. JDBC to the primary
 * ({@link JdbcTransport}) for trusted server-side replicas now; an HTTP sync server with authentication for untrusted
 * clients is the next issue, which is why the replica sees only this. Internal until then. Implementations are
 * thread-safe.
 */
interface SyncTransport {

    /** The primary's id ({@link SyncPrimary#install} made it). */
    String primaryId();

    /**
     * One consistent batch, handed to {@code sink} with a stream of whole tables from the same snapshot (see
     * {@link SnapshotPull#pull}).
     */
    <T> T pull(SnapshotPull.PullRequest request, SnapshotPull.PullSink<T> sink);

    /**
     * Applies local transaction {@code mutationId} of client {@code clientId} on the primary, once: in one primary
     * transaction that also advances the client's last applied mutation id. Returns false if it had been applied
     * before (a repeated push whose acknowledgement was lost), true if applied now.
     *
     * @throws dev.quarry.error.QuarryException a {@link dev.quarry.error.TransientException} or
     *                                          {@link dev.quarry.error.CommitOutcomeUnknownException} when the push
     *                                          may be tried again; any other when the primary refused it
     */
    boolean push(String clientId, long mutationId, List<LocalChange> changes);
}
