package dev.quarry.studio;

import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.TableDef;

/**
 * A table the Studio only knows from introspection: a {@link Table} of {@code Object[]} rows (one value per column,
 * in definition order) built from a {@link TableDef}, so every grid, filter and edit goes through the DSL, its
 * renderer (identifiers quoted by the dialect) and its codecs (values bound, never concatenated). The processor
 * generates the same kind of class for a record; this one is written by hand because its columns are known only at
 * run time. Immutable and thread-safe.
 */
final class DynamicTable extends Table<Object[]> {

    @SuppressWarnings({"unchecked", "rawtypes"})
    DynamicTable(TableDef def, String alias) {
        super(def, alias);
        for (ColumnDef c : def.columns()) {
            column(c.name(), (Class) c.type().javaType());
        }
    }

    @Override
    public Table<Object[]> as(String alias) {
        return new DynamicTable(def(), alias);
    }

    @Override
    public Object[] map(Row row, int offset) {
        Object[] values = new Object[width()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(offset + i, column(i).type());
        }
        return values;
    }

    @Override
    public Object value(Object[] record, int columnIndex) {
        return record[columnIndex];
    }
}
