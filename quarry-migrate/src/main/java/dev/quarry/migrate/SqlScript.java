package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a migration file into statements at semicolons outside string literals, quoted identifiers and
 * comments. Written here rather than taken from Flyway because Flyway's parser comes only with its whole runner; the
 * files Quarry generates hold one statement per line, and hand-written ones are split the way psql and the mysql
 * client split them. A statement may hold semicolons of its own where psql and the sqlite3 shell allow them: in a
 * PostgreSQL dollar-quoted body ({@code $$ ... $$}, {@code $tag$ ... $tag$},
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-DOLLAR-QUOTING) and in a SQLite
 * {@code CREATE TRIGGER}'s {@code BEGIN ... END} (CASE ... END expressions inside counted), as the files
 * {@code SyncPrimary.installScript} writes have them. A MariaDB compound body ({@code DELIMITER}) is not supported.
 * Internal; stateless.
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
        int depth = 0; // BEGIN and CASE opened, not yet closed by END, in the current statement
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int dollar = c == '$' ? dollarQuoteEnd(text, i) : -1;
            if (dollar > 0) {
                current.append(text, i, dollar);
                i = dollar;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '$')) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(java.util.Locale.ROOT);
                depth += word.equals("BEGIN") || word.equals("CASE") ? 1 : word.equals("END") ? -1 : 0;
                current.append(text, i, end);
                i = end;
                continue;
            }
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
            } else if (c == ';' && depth > 0 && TRIGGER.matcher(current).lookingAt()) {
                current.append(c); // inside a trigger's body
                i++;
            } else if (c == ';') {
                add(current, out);
                depth = 0;
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(current, out);
        return out;
    }

    private static final java.util.regex.Pattern TRIGGER = java.util.regex.Pattern.compile(
            "\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern DOLLAR_TAG = java.util.regex.Pattern.compile(
            "\\$([A-Za-z_][A-Za-z_0-9]*)?\\$");

    /**
     * If a dollar quote opens at {@code start} ({@code $$} or {@code $tag$}, not within an identifier), the index
     * after the one that closes it (the text's end if none does); otherwise -1.
     */
    private static int dollarQuoteEnd(String text, int start) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || before == '_' || before == '$') {
                return -1;
            }
        }
        java.util.regex.Matcher m = DOLLAR_TAG.matcher(text).region(start, text.length());
        if (!m.lookingAt()) {
            return -1;
        }
        String tag = m.group();
        int close = text.indexOf(tag, m.end());
        return close < 0 ? text.length() : close + tag.length();
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
