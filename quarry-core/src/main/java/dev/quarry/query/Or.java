package dev.quarry.query;

import java.util.List;

/**
 * Any of {@code conditions}; an empty list is false.
 *
 * @param conditions the disjuncts
 */
public record Or(List<Condition> conditions) implements Condition {
    public Or {
        conditions = List.copyOf(conditions);
    }
}
