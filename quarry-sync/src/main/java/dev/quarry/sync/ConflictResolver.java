package dev.quarry.sync;

import java.util.Map;

/**
 * Decides what an offline write does to a row the primary holds when the write is pushed, inside the primary's
 * transaction that applies it. Called for inserts and updates of rows that exist on the primary; a delete always
 * deletes, and an update of a row the primary deleted is dropped (deletes win). The default,
 * {@link #LAST_WRITE_WINS}, writes the columns the local write changed, in the order pushes arrive at the primary;
 * other columns keep the primary's values. Implementations must be thread-safe and quick; a resolver that throws
 * rejects the write ({@link RejectedWrite}).
 */
@FunctionalInterface
public interface ConflictResolver {

    /** Writes what the local write changed: per column, the last write to arrive at the primary wins. */
    ConflictResolver LAST_WRITE_WINS = (change, current) -> change.values();

    /**
     * The columns to write to the primary's row, by name (an empty map leaves the row as it is).
     *
     * @param change  the local write
     * @param current the primary's row as it is now, every column by name
     */
    Map<String, Object> resolve(LocalChange change, Map<String, Object> current);
}
