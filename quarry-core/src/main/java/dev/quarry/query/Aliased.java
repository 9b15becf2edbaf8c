package dev.quarry.query;

import dev.quarry.schema.DataType;
import dev.quarry.schema.Identifiers;

/**
 * An expression named in the select list: {@code expr AS alias}.
 *
 * @param expression the expression
 * @param alias      its name
 * @param <T>        its Java type
 */
public record Aliased<T>(Expression<T> expression, String alias) implements Expression<T> {
    public Aliased {
        Identifiers.check("alias", alias);
    }

    @Override
    public DataType<T> type() {
        return expression.type();
    }
}
