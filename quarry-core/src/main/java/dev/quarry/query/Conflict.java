package dev.quarry.query;

import java.util.List;

/**
 * What an insert does when it meets an existing key (an upsert).
 *
 * @param target  the columns of the unique key that conflicts (the primary key when empty)
 * @param updates the assignments of DO UPDATE; empty means DO NOTHING
 */
public record Conflict(List<Column<?>> target, List<Assignment> updates) {
    public Conflict {
        target = List.copyOf(target);
        updates = List.copyOf(updates);
    }

    /** Whether the conflict leaves the existing row as it is. */
    public boolean doNothing() {
        return updates.isEmpty();
    }
}
