package dev.quarry.schema;

import java.util.Objects;

/**
 * One column of a {@link TableDef}.
 *
 * @param name         the column's name in the database
 * @param type         its portable type
 * @param nullable     whether it accepts NULL
 * @param defaultValue the {@link dev.quarry.annotation.Default} text, or null for none
 * @param generated    whether the database generates the value (auto-increment key)
 */
public record ColumnDef(String name, DataType<?> type, boolean nullable, String defaultValue, boolean generated) {
    public ColumnDef {
        Identifiers.check("column", name);
        Objects.requireNonNull(type, "type");
        if (generated && type.kind() != SqlType.INT && type.kind() != SqlType.LONG) {
            throw new IllegalArgumentException("generated column '" + name + "' must be int or long, is " + type);
        }
    }
}
