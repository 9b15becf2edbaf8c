package dev.quarry.schema;

import dev.quarry.annotation.ReferentialAction;
import java.util.List;
import java.util.Objects;

/**
 * A foreign key of a {@link TableDef}.
 *
 * @param name       the constraint's name
 * @param columns    the pointing columns of this table
 * @param refTable   the referenced table's name
 * @param refColumns the referenced columns
 * @param onDelete   what happens to pointing rows when the referenced row is deleted
 * @param onUpdate   what happens to pointing rows when the referenced key changes
 */
public record ForeignKeyDef(String name, List<String> columns, String refTable, List<String> refColumns,
                            ReferentialAction onDelete, ReferentialAction onUpdate) {
    public ForeignKeyDef {
        Identifiers.check("foreign key", name);
        Identifiers.check("table", refTable);
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        if (columns.isEmpty() || columns.size() != refColumns.size()) {
            throw new IllegalArgumentException("foreign key '" + name + "' needs as many columns as it references");
        }
    }

    /** A foreign key whose referenced key does not change ({@code ON UPDATE NO ACTION}). */
    public ForeignKeyDef(String name, List<String> columns, String refTable, List<String> refColumns,
                         ReferentialAction onDelete) {
        this(name, columns, refTable, refColumns, onDelete, ReferentialAction.NO_ACTION);
    }
}
