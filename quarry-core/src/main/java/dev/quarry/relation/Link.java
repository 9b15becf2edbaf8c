package dev.quarry.relation;

import dev.quarry.query.Column;
import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyDef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One foreign key resolved to typed columns: the child's pointing columns and the parent's referenced columns, in
 * key order. What both sides of a {@link Relation} share. Immutable.
 *
 * @param parent        the referenced table
 * @param child         the table holding the foreign key
 * @param foreignKey    the foreign key
 * @param childColumns  the child's foreign key columns
 * @param parentColumns the parent's referenced columns, position by position
 * @param <P>           the parent record type
 * @param <C>           the child record type
 */
record Link<P, C>(Table<P> parent, Table<C> child, ForeignKeyDef foreignKey, List<Column<?>> childColumns,
                  List<Column<?>> parentColumns) {

    /** The foreign key of {@code child} referencing {@code parent}, the one holding {@code column} if not null. */
    static <P, C> Link<P, C> find(Table<P> parent, Table<C> child, Column<?> column) {
        if (column != null && !column.table().name().equals(child.name())) {
            throw new IllegalArgumentException("column " + column + " is not a column of '" + child.name() + "'");
        }
        List<ForeignKeyDef> candidates = new ArrayList<>();
        for (ForeignKeyDef fk : child.def().foreignKeys()) {
            if (fk.refTable().equals(parent.name()) && (column == null || fk.columns().contains(column.name()))) {
                candidates.add(fk);
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("table '" + child.name() + "' has no foreign key to '" + parent.name()
                    + "'" + (column == null ? "" : " holding column '" + column.name() + "'")
                    + "; declare one with @References on the child record");
        }
        if (candidates.size() > 1) {
            throw new IllegalArgumentException("table '" + child.name() + "' has " + candidates.size()
                    + " foreign keys to '" + parent.name() + "' (" + candidates.stream()
                    .map(fk -> fk.name() + fk.columns()).collect(Collectors.joining(", "))
                    + "); name the column: Relation.oneToMany(parent, child, child.column)");
        }
        ForeignKeyDef fk = candidates.get(0);
        return new Link<>(parent, child, fk, columns(child, fk.columns()), columns(parent, fk.refColumns()));
    }

    private static List<Column<?>> columns(Table<?> table, List<String> names) {
        List<Column<?>> out = new ArrayList<>(names.size());
        for (String n : names) {
            int i = table.def().indexOf(n);
            if (i < 0) {
                throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + n + "'");
            }
            out.add(table.column(i));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return child.name() + childColumns.stream().map(Column::name).toList() + " -> " + parent.name()
                + parentColumns.stream().map(Column::name).toList();
    }
}
