package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import java.math.BigDecimal;

/** A column of {@code BigDecimal} values: a {@link Column} that is also a {@link DecimalExpression}. */
public final class DecimalColumn extends Column<BigDecimal> implements DecimalExpression {
    DecimalColumn(Table<?> table, int index, ColumnDef def, DataType<BigDecimal> type) {
        super(table, index, def, type);
    }
}
