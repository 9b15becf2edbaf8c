package dev.quarry.query;

import dev.quarry.schema.Identifiers;

/**
 * A subquery in FROM: {@code (select ...) AS alias}. Its columns are reached with {@link #field(Expression)}.
 *
 * @param query the subquery
 * @param alias its name
 */
public record DerivedTable(SelectQuery query, String alias) implements FromItem {
    public DerivedTable {
        Identifiers.check("alias", alias);
    }

    /**
     * The derived table's column that {@code selected} produced: an {@link Aliased} expression by its alias, a
     * {@link Column} by its name.
     */
    public <T> FieldRef<T> field(Expression<T> selected) {
        String name;
        if (selected instanceof Aliased<T> a) {
            name = a.alias();
        } else if (selected instanceof Column<T> c) {
            name = c.name();
        } else {
            throw new IllegalArgumentException("give the expression a name with as(...) to use it outside: " + selected);
        }
        return new FieldRef<>(alias, name, selected.type());
    }

    @Override
    public String[] columnNames() {
        return query.selections().stream().map(s -> s instanceof Aliased<?> a ? a.alias()
                : s instanceof Column<?> c ? c.name() : "?").toArray(String[]::new);
    }
}
