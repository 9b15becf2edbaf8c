package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;

/** A column of {@code Double} values: a {@link Column} that is also a {@link DoubleExpression}. */
public final class DoubleColumn extends Column<Double> implements DoubleExpression {
    DoubleColumn(Table<?> table, int index, ColumnDef def) {
        super(table, index, def, DataType.DOUBLE);
    }
}
