package dev.quarry.internal.dialect.render;

import dev.quarry.query.Expression;
import dev.quarry.query.Param;
import dev.quarry.query.Placeholder;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.StatementKind;
import java.util.List;
import java.util.Set;

/**
 * A statement rendered once: its SQL text, its parameters in binding order, and what it touches. Each parameter is
 * a {@link dev.quarry.query.Param} (value known) or a {@link dev.quarry.query.Placeholder} (value given per run).
 * The engine routes and reports a statement by {@link #kind} and its tables, never by the query tree's node types.
 * Immutable, so it may be cached and shared.
 *
 * @param sql           the SQL text, with {@code ?} per parameter
 * @param params        the parameters, in order
 * @param returnsRows   whether the statement yields a result set (a select, or DML with RETURNING)
 * @param generatedKeys whether rows come from {@code getGeneratedKeys()} instead (DML returning a generated key
 *                      where RETURNING is missing)
 * @param kind          what the statement does
 * @param tablesRead    the tables it reads (FROM, JOIN, subqueries, INSERT ... SELECT), by name; empty if unknown
 * @param tablesWritten the table it inserts into, updates or deletes from; empty for a query or if unknown
 * @param tablesKnown   false for hand-written SQL, which Quarry does not parse: it may touch any table
 * @param targets       per parameter, the {@code table.column} its value is written to (an INSERT value, a SET
 *                      assignment), "" where it is not written to a column; may be shorter than {@code params}
 *                      (hand-written SQL has none). Named in the error for a value the column cannot hold.
 * @param written       the definition of the table an INSERT or UPDATE writes, or null: a key violation's missing
 *                      constraint or column is read from it ({@link dev.quarry.internal.dialect.KeyViolation})
 */
public record Rendered(String sql, List<Expression<?>> params, boolean returnsRows, boolean generatedKeys,
                       StatementKind kind, Set<String> tablesRead, Set<String> tablesWritten, boolean tablesKnown,
                       List<String> targets, TableDef written) {
    public Rendered {
        params = List.copyOf(params);
        tablesRead = Set.copyOf(tablesRead);
        tablesWritten = Set.copyOf(tablesWritten);
        targets = List.copyOf(targets);
    }

    /** The {@code table.column} parameter {@code i} is written to, or null. */
    public String targetAt(int i) {
        return i < targets.size() && !targets.get(i).isEmpty() ? targets.get(i) : null;
    }

    /** How many parameters the statement binds. */
    public int parameterCount() {
        return params.size();
    }

    /** The type parameter {@code i} binds as. */
    public DataType<?> typeAt(int i) {
        return params.get(i).type();
    }

    /** The placeholder at {@code i}, whose value is given per run, or null when the value is fixed. */
    public Placeholder<?> placeholderAt(int i) {
        return params.get(i) instanceof Placeholder<?> p ? p : null;
    }

    /** The fixed value at {@code i} (null for SQL NULL); only where {@link #placeholderAt} is null. */
    public Object valueAt(int i) {
        if (params.get(i) instanceof Param<?> v) {
            return v.value();
        }
        throw new IllegalStateException("the renderer left a " + params.get(i).getClass().getSimpleName()
                + " as a parameter; only Param and Placeholder bind");
    }
}
