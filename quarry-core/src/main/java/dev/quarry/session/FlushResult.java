package dev.quarry.session;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What one {@link UnitOfWork#flush()} wrote: how many rows it inserted, updated and deleted, and each persisted
 * record as stored, which differs from the persisted one where the database generated a column (an auto-increment
 * key). Immutable.
 */
public final class FlushResult {
    static final FlushResult NOTHING = new FlushResult(0, 0, 0, new IdentityHashMap<>());

    private final int inserted;
    private final int updated;
    private final int deleted;
    private final Map<Object, Object> stored;

    FlushResult(int inserted, int updated, int deleted, Map<Object, Object> stored) {
        this.inserted = inserted;
        this.updated = updated;
        this.deleted = deleted;
        this.stored = stored;
    }

    /** Rows inserted. */
    public int inserted() {
        return inserted;
    }

    /** Rows updated. */
    public int updated() {
        return updated;
    }

    /** Rows deleted (as requested; a row someone else deleted first counts too). */
    public int deleted() {
        return deleted;
    }

    /**
     * {@code persisted} (the very instance given to {@link UnitOfWork#persist}) as this flush stored it: with its
     * generated key filled in, or itself where nothing was generated.
     *
     * @throws IllegalArgumentException when this flush did not insert that instance
     */
    @SuppressWarnings("unchecked")
    public <R> R stored(R persisted) {
        Object s = stored.get(persisted);
        if (s == null) {
            throw new IllegalArgumentException("this flush did not insert " + persisted
                    + " (stored(...) takes the instance given to persist)");
        }
        return (R) s;
    }

    @Override
    public String toString() {
        return "FlushResult[inserted=" + inserted + ", updated=" + updated + ", deleted=" + deleted + "]";
    }
}
