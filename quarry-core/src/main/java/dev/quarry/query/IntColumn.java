package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;

/** A column of {@code Integer} values: a {@link Column} that is also a {@link IntExpression}. */
public final class IntColumn extends Column<Integer> implements IntExpression {
    IntColumn(Table<?> table, int index, ColumnDef def) {
        super(table, index, def, DataType.INT);
    }
}
