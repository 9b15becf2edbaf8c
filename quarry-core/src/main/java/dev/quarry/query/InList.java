package dev.quarry.query;

import java.util.List;

/**
 * {@code value [NOT] IN (items)}. An empty list is false (true when negated) on every database.
 *
 * @param value   the tested value
 * @param items   the candidates
 * @param negated whether NOT
 */
public record InList(Expression<?> value, List<Expression<?>> items, boolean negated) implements Condition {
    public InList {
        items = List.copyOf(items);
    }
}
