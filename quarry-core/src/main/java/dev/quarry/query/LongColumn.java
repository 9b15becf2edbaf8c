package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;

/** A column of {@code Long} values: a {@link Column} that is also a {@link LongExpression}. */
public final class LongColumn extends Column<Long> implements LongExpression {
    LongColumn(Table<?> table, int index, ColumnDef def) {
        super(table, index, def, DataType.LONG);
    }
}
