package dev.quarry.schema;

import java.util.Objects;

/**
 * A JSON document held as its text. Quarry does not parse it; PostgreSQL stores it as {@code jsonb} (which
 * normalises whitespace and key order), MariaDB as {@code JSON} and SQLite as {@code TEXT}.
 *
 * @param text the JSON text, never null
 */
public record Json(String text) {
    public Json {
        Objects.requireNonNull(text, "text");
    }

    /** The JSON text {@code s}. */
    public static Json of(String s) {
        return new Json(s);
    }

    @Override
    public String toString() {
        return text;
    }
}
