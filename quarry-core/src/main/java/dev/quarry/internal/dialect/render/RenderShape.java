package dev.quarry.internal.dialect.render;

/**
 * A query's {@link QueryShapeKey} and the values of its parameters in binding order: the plan cached under the key
 * binds these values. See {@link SqlRenderer#shape}.
 *
 * @param key    what the statement's text is made of
 * @param values each parameter's value (null for SQL NULL), in the order the SQL binds them
 */
public record RenderShape(QueryShapeKey key, Object[] values) {
}
