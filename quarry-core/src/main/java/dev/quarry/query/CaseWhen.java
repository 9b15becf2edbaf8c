package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CASE WHEN c1 THEN v1 ... ELSE e END}. Built with {@code Dsl.when(condition, value)}.
 *
 * @param branches  the WHEN branches, in order
 * @param otherwise the ELSE value, or null (NULL)
 * @param type      the result type
 * @param <T>       the Java type of the result
 */
public record CaseWhen<T>(List<Branch<T>> branches, Expression<T> otherwise, DataType<T> type)
        implements Expression<T> {

    /** One {@code WHEN condition THEN value}. */
    public record Branch<T>(Condition condition, Expression<T> value) {
    }

    public CaseWhen {
        branches = List.copyOf(branches);
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("CASE needs at least one WHEN");
        }
    }

    /** Adds a branch. */
    public CaseWhen<T> when(Condition condition, T value) {
        return when(condition, new Param<>(value, type));
    }

    /** Adds a branch. */
    public CaseWhen<T> when(Condition condition, Expression<T> value) {
        List<Branch<T>> more = new ArrayList<>(branches);
        more.add(new Branch<>(condition, value));
        return new CaseWhen<>(more, otherwise, type);
    }

    /** Sets the ELSE value. */
    public CaseWhen<T> otherwise(T value) {
        return new CaseWhen<>(branches, new Param<>(value, type), type);
    }

    /** Sets the ELSE value. */
    public CaseWhen<T> otherwise(Expression<T> value) {
        return new CaseWhen<>(branches, value, type);
    }
}
