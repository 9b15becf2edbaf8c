package dev.quarry.query;

import java.util.List;

/**
 * All of {@code conditions}; an empty list is true.
 *
 * @param conditions the conjuncts
 */
public record And(List<Condition> conditions) implements Condition {
    public And {
        conditions = List.copyOf(conditions);
    }
}
