package dev.quarry.internal.dialect.render;

/**
 * How a database quotes identifiers: between two {@code mark}s, each embedded mark doubled. Names reaching here
 * have passed {@link dev.quarry.schema.Identifiers#check}, so they hold no control characters. Immutable.
 *
 * @param mark the quote character: {@code "} (SQL standard, SQLite, PostgreSQL) or {@code `} (MariaDB)
 */
public record Quoting(char mark) {

    /** {@code name} quoted. */
    public String quote(String name) {
        return append(new StringBuilder(name.length() + 2), name).toString();
    }

    /** Appends {@code name} quoted to {@code b}; returns {@code b}. */
    public StringBuilder append(StringBuilder b, String name) {
        b.append(mark);
        if (name.indexOf(mark) < 0) {
            // the usual case: one bulk copy instead of a char-by-char append (renders are on every ad-hoc call)
            return b.append(name).append(mark);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == mark) {
                b.append(mark);
            }
            b.append(c);
        }
        return b.append(mark);
    }
}
