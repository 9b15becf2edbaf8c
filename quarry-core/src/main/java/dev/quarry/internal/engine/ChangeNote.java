package dev.quarry.internal.engine;

import dev.quarry.spi.ChangeEvent;
import java.util.HashSet;
import java.util.Set;

/**
 * The tables one unit of work has written so far, collected statement by statement on its session and published
 * as one {@link ChangeEvent} once the work has committed. Confined to the session's thread: not thread-safe.
 */
final class ChangeNote {
    private final Set<String> tables = new HashSet<>(4);
    private boolean all;

    void add(Set<String> written) {
        tables.addAll(written);
    }

    /** A write whose tables are unknown (hand-written SQL, DDL). */
    void addUnknown() {
        all = true;
    }

    ChangeEvent event() {
        return new ChangeEvent(tables, all, false);
    }
}
