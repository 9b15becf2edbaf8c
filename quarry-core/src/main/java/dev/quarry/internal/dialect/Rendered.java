package dev.quarry.internal.dialect;

import dev.quarry.query.Expression;
import java.util.List;

/**
 * A statement rendered once: its SQL text and its parameters in binding order. Each parameter is a
 * {@link dev.quarry.query.Param} (value known) or a {@link dev.quarry.query.Placeholder} (value given per run).
 * Immutable, so it may be cached and shared.
 *
 * @param sql    the SQL text, with {@code ?} per parameter
 * @param params the parameters, in order
 * @param returnsRows whether the statement yields a result set (a select, or DML with RETURNING)
 * @param generatedKeys whether rows come from {@code getGeneratedKeys()} instead (DML returning a generated key
 *                      where RETURNING is missing)
 */
public record Rendered(String sql, List<Expression<?>> params, boolean returnsRows, boolean generatedKeys) {
    public Rendered {
        params = List.copyOf(params);
    }
}
