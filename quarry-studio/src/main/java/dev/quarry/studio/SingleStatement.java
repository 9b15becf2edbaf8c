package dev.quarry.studio;

/**
 * Refuses console text that holds more than one statement. This is not how the console stays read-only (the
 * read-only transaction is, see {@link SqlConsole}); it keeps a second statement from running after a first one ended
 * that transaction ({@code COMMIT; DELETE ...}), which pgjdbc would send as separate statements. A semicolon inside
 * a quoted string or identifier or a comment does not count; one at the end is dropped.
 */
final class SingleStatement {
    private SingleStatement() {
    }

    /**
     * {@code sql} without its trailing semicolons and blanks.
     *
     * @param backslashEscapes whether a backslash escapes a quote in a string literal on this database
     *                         ({@code platform().ddl().backslashEscapes()}: MariaDB unless NO_BACKSLASH_ESCAPES)
     */
    static String check(String sql, boolean backslashEscapes) {
        if (sql == null || sql.isBlank()) {
            throw new BadRequestException("the console has no SQL to run");
        }
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;   // a doubled quote closes and opens again: same outcome
                } else if (ch == '\\' && quote == '\'' && backslashEscapes) {
                    i++;         // MariaDB's backslash escape in a string literal
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '-' && text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (ch == '/' && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 1;
            } else if (ch == ';') {
                throw new BadRequestException("the console runs one statement at a time; this text holds more"
                        + " (a ';' at position " + (i + 1) + ")");
            }
        }
        return text;
    }
}
