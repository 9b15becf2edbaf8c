package dev.quarry.migrate;

import dev.quarry.error.QuarryException;
import java.util.List;

/**
 * A migration would make changes that can lose data and was not allowed to ({@link DataLoss#REFUSE}); nothing ran.
 * The message lists every such change.
 */
public class DestructiveChangeException extends QuarryException {
    private final List<String> changes;

    public DestructiveChangeException(List<String> changes) {
        super("the migration can lose data and was not allowed to (DataLoss.ALLOW confirms it); nothing ran:\n  "
                + String.join("\n  ", changes));
        this.changes = List.copyOf(changes);
    }

    /** One line per change that can lose data. */
    public List<String> changes() {
        return changes;
    }
}
