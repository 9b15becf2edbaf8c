package dev.quarry.internal.dialect.render;

import java.util.Arrays;

/**
 * What a statement's text is made of, without its values: the sequence of calls its render made on the
 * {@link SqlWriter} (keywords, identifiers, numbers, each parameter's type and target, the tables read). Two queries
 * with equal keys render to the same SQL text with parameters of the same types in the same places, whatever values
 * they bind, because the key holds everything the writer was given except those values. An ad-hoc query's plan is
 * cached under it, so a query built per call is not rendered per call.
 *
 * <p>Why not a structural key of the query tree: its nodes are records whose equality includes the bound values, and
 * a shape walk over each of their types would be a second renderer to keep in step with the first. Recording the
 * writer's calls cannot drift from the renderer, since it is the renderer. Immutable once built.
 */
public final class QueryShapeKey {
    private final Object[] tokens;
    private final int size;
    private final int hash;

    QueryShapeKey(Object[] tokens, int size, int hash) {
        this.tokens = tokens;
        this.size = size;
        this.hash = hash;
    }

    /** A copy holding only the tokens, to keep as a cache key (the recording's array may be oversized). */
    public QueryShapeKey compact() {
        return tokens.length == size ? this : new QueryShapeKey(Arrays.copyOf(tokens, size), size, hash);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * Token by token: the same instance (constants, names from a table definition) is the fast path; anything else
     * (inlined literals, names built per call) compares by value.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof QueryShapeKey k) || k.hash != hash || k.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            Object a = tokens[i];
            Object b = k.tokens[i];
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "QueryShapeKey" + Arrays.toString(Arrays.copyOf(tokens, size));
    }
}
