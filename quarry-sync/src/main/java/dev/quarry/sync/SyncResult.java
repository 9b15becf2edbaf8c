package dev.quarry.sync;

/**
 * What one {@link Replica#sync()} changed in the local file.
 *
 * @param upserted rows written (inserted or replaced) because they changed on the primary
 * @param deleted  rows deleted because they no longer exist on the primary
 */
public record SyncResult(int upserted, int deleted) {

    /** Whether the replica was already up to date. */
    public boolean nothingChanged() {
        return upserted == 0 && deleted == 0;
    }
}
