package dev.quarry.sync;

import java.util.List;

/**
 * What one {@link Replica#sync()} did.
 *
 * @param upserted       rows written (inserted or replaced) locally because they changed on the primary, or every
 *                       row when the sync copied the tables again
 * @param deleted        rows deleted locally because they no longer exist on the primary (or left a row filter);
 *                       after a {@code TRUNCATE} on the primary, every local row of the table (its rows now on the
 *                       primary count as upserted)
 * @param rebootstrapped whether the sync copied the tables again: the first sync of a file, the primary's
 *                       generation changed (a restore), compaction deleted changes this replica had not seen, or the
 *                       file's tables or row filters changed
 * @param pushed         queued offline transactions the primary acknowledged
 * @param rejected       queued offline transactions the primary refused, moved aside ({@link Replica#rejectedWrites()})
 */
public record SyncResult(int upserted, int deleted, boolean rebootstrapped, int pushed, List<RejectedWrite> rejected) {

    /** Copies {@code rejected}. */
    public SyncResult {
        rejected = List.copyOf(rejected);
    }

    /** An incremental sync's result, with nothing pushed. */
    public SyncResult(int upserted, int deleted) {
        this(upserted, deleted, false);
    }

    /** A sync's result, with nothing pushed. */
    public SyncResult(int upserted, int deleted, boolean rebootstrapped) {
        this(upserted, deleted, rebootstrapped, 0, List.of());
    }

    /** Whether the replica was already up to date. */
    public boolean nothingChanged() {
        return upserted == 0 && deleted == 0;
    }
}
