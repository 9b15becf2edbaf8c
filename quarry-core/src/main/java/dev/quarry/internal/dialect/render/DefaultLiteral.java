package dev.quarry.internal.dialect.render;

import dev.quarry.annotation.Default;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.DefaultValue;
import dev.quarry.schema.TableDef;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;

/**
 * Renders a column's {@link Default} text as a literal of the column's type. The text is parsed as that type first
 * ({@link DefaultValue}), so nothing but a valid number, boolean, UUID, enum constant or java.time value reaches the
 * SQL, and text is quoted by the dialect; an invalid default is rejected with a message, never corrected. Immutable.
 */
final class DefaultLiteral {
    private final DdlRenderer dialect;

    DefaultLiteral(DdlRenderer dialect) {
        this.dialect = dialect;
    }

    /** Appends the default of {@code c} to {@code b}. */
    void append(TableDef table, ColumnDef c, StringBuilder b) {
        String text = c.defaultValue();
        DataType<?> type = c.type();
        Object value;
        try {
            value = DefaultValue.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the default '" + text + "' of column '" + table.name() + "."
                    + c.name() + "' is not a valid " + type + ": " + e.getMessage(), e);
        }
        switch (type.kind()) {
            case BOOLEAN -> b.append(dialect.booleanLiteral((Boolean) value));
            case SHORT, INT, LONG -> b.append(value);
            case FLOAT, DOUBLE -> b.append(value);
            case DECIMAL -> b.append(((BigDecimal) value).toPlainString());
            case STRING, UUID, JSON, ENUM -> dialect.stringLiteral((String) value, b);
            default -> {
                if (value == null) { // Default.NOW
                    b.append(dialect.currentTime(type.kind()));
                } else {
                    dialect.temporalLiteral(type.kind(), (TemporalAccessor) value, b);
                }
            }
        }
    }
}
