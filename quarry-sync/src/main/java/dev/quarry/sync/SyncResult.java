package dev.quarry.sync;

/**
 * What one {@link Replica#sync()} changed in the local file.
 *
 * @param upserted       rows written (inserted or replaced) because they changed on the primary, or every row when
 *                       the sync copied the tables again
 * @param deleted        rows deleted because they no longer exist on the primary
 * @param rebootstrapped whether the sync copied the tables again: the primary's generation changed (a restore), or
 *                       compaction deleted changes this replica had not seen
 */
public record SyncResult(int upserted, int deleted, boolean rebootstrapped) {

    /** An incremental sync's result. */
    public SyncResult(int upserted, int deleted) {
        this(upserted, deleted, false);
    }

    /** Whether the replica was already up to date. */
    public boolean nothingChanged() {
        return upserted == 0 && deleted == 0;
    }
}
