package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a migration file into statements at semicolons outside string literals, quoted identifiers and
 * comments. Written here rather than taken from Flyway because Flyway's parser comes only with its whole runner; the
 * files Quarry generates hold one statement per line, and hand-written ones are split the way psql and the mysql
 * client split them, except that a statement holding semicolons of its own (a trigger's BEGIN ... END, a
 * PostgreSQL dollar-quoted body) is not supported. Internal; stateless.
 */
final class SqlScript {
    private SqlScript() {
    }

    /**
     * The statements of {@code text}, trimmed, without the semicolons and comments. {@code backslashEscapes}: a
     * backslash escapes the next character in a string literal (MariaDB without {@code NO_BACKSLASH_ESCAPES}).
     */
    static List<String> statements(String text, boolean backslashEscapes) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                current.append('\n');
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                current.append(' ');
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closing(text, i, c, backslashEscapes);
                current.append(text, i, end);
                i = end;
            } else if (c == ';') {
                add(current, out);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(current, out);
        return out;
    }

    /** The index after the quote that closes the one at {@code start} (a doubled quote is part of the text). */
    private static int closing(String text, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '\'' && backslashEscapes && i + 1 < text.length()) {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static void add(StringBuilder current, List<String> out) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
