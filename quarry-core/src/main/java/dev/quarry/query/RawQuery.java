package dev.quarry.query;

import java.util.List;

/**
 * SQL written by hand, with {@code ?} placeholders bound to {@code params} in order. Quarry does not parse it.
 *
 * @param sql    the statement
 * @param params the bound values
 */
public record RawQuery(String sql, List<Param<?>> params) implements Query {
    public RawQuery {
        params = List.copyOf(params);
    }
}
