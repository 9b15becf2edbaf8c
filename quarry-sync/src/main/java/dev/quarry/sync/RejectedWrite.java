package dev.quarry.sync;

import java.util.List;

/**
 * An offline write the primary refused (a constraint, a permission, a resolver that threw): moved aside so the writes
 * after it go on, kept in the local file until {@link Replica#clearRejectedWrites()}, and undone locally by the next
 * pull, which reads the primary's rows of its keys again.
 *
 * @param mutationId the local transaction's id in the replica's outbox
 * @param changes    what the transaction wrote locally
 * @param reason     the primary's error message
 */
public record RejectedWrite(long mutationId, List<LocalChange> changes, String reason) {

    /** Copies {@code changes}. */
    public RejectedWrite {
        changes = List.copyOf(changes);
    }
}
