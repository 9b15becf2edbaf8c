package dev.quarry.query;

/**
 * {@code value [NOT] IN (subquery)}.
 *
 * @param value    the tested value
 * @param subquery a select of one column
 * @param negated  whether NOT
 */
public record InSubquery(Expression<?> value, SelectQuery subquery, boolean negated) implements Condition {
}
