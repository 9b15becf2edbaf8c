package dev.quarry.schema;

import java.util.Objects;

/**
 * One column of a {@link TableDef}. A column has at most one default: a value ({@code defaultValue}, what
 * {@link dev.quarry.annotation.Default} declares) or an SQL expression of one database ({@code defaultExpression},
 * what introspection reads when the default is not a value Quarry can write in Java's form).
 *
 * @param name              the column's name in the database
 * @param type              its portable type, or a {@link SqlType#NATIVE native} one
 * @param nullable          whether it accepts NULL
 * @param defaultValue      the {@link dev.quarry.annotation.Default} text (a value in Java's printed form, or
 *                          {@link dev.quarry.annotation.Default#NOW}), or null
 * @param generated         whether the database generates the value (auto-increment or identity key)
 * @param defaultExpression the default as an SQL expression, written into DDL as it is (in parentheses), e.g.
 *                          {@code utc_timestamp(6)} or {@code nextval('s')}; null for none. Not portable: it is in the
 *                          SQL of the database it was read from.
 */
public record ColumnDef(String name, DataType<?> type, boolean nullable, String defaultValue, boolean generated,
                        String defaultExpression) {
    public ColumnDef {
        Identifiers.check("column", name);
        Objects.requireNonNull(type, "type");
        if (generated && type.kind() != SqlType.SHORT && type.kind() != SqlType.INT && type.kind() != SqlType.LONG) {
            throw new IllegalArgumentException("generated column '" + name + "' must be short, int or long, is "
                    + type);
        }
        if (defaultValue != null && defaultExpression != null) {
            throw new IllegalArgumentException("column '" + name + "' has a default value and a default expression;"
                    + " it can have one");
        }
        if (defaultExpression != null && defaultExpression.isBlank()) {
            throw new IllegalArgumentException("the default expression of column '" + name + "' is blank");
        }
    }

    /** A column whose default, if any, is a value ({@link dev.quarry.annotation.Default}'s text). */
    public ColumnDef(String name, DataType<?> type, boolean nullable, String defaultValue, boolean generated) {
        this(name, type, nullable, defaultValue, generated, null);
    }

    /** Whether the column has a default, as a value or an expression. */
    public boolean hasDefault() {
        return defaultValue != null || defaultExpression != null;
    }
}
