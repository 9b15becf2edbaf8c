package dev.quarry.schema;

import java.util.Objects;

/**
 * A CHECK constraint of a {@link TableDef}: a named condition every row must meet. The expression is SQL text,
 * written into DDL as it is; it is portable only as far as its SQL is. Introspection reads it as the database
 * prints it (PostgreSQL adds parentheses and casts, MariaDB backquotes names), see {@code docs/migrations.md}.
 *
 * @param name       the constraint's name
 * @param expression the condition, without the {@code CHECK (...)} around it, e.g. {@code balance >= 0}
 */
public record CheckDef(String name, String expression) {
    public CheckDef {
        Identifiers.check("check constraint", name);
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint '" + name + "' has no expression");
        }
    }
}
