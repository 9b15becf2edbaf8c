package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The form in which {@link SchemaComparison} compares SQL expressions (checks, default expressions): the tokens of
 * the text joined by single spaces, identifiers without their quotes ({@code "a"}, {@code `a`}, {@code [a]}), words
 * in lower case, string literals as written, and without parentheses around the whole. {@code `balance` >= 0},
 * {@code (balance >= 0)} and {@code BALANCE>=0} all read {@code balance > = 0}. Stateless.
 */
final class SqlText {
    private SqlText() {
    }

    /** {@code sql} in the compared form. */
    static String canonical(String sql) {
        List<String> tokens = tokens(sql);
        while (tokens.size() >= 2 && tokens.get(0).equals("(") && closing(tokens, 0) == tokens.size() - 1) {
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        return String.join(" ", tokens);
    }

    private static int closing(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).equals("(")) {
                depth++;
            } else if (tokens.get(i).equals(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                StringBuilder b = new StringBuilder();
                while (j < n) {
                    char d = sql.charAt(j);
                    if (d == close) {
                        if (close != ']' && j + 1 < n && sql.charAt(j + 1) == close) {
                            b.append(d);
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    b.append(d);
                    j++;
                }
                String text = b.toString();
                out.add(c == '\'' ? "'" + text.replace("'", "''") + "'" : text.toLowerCase(Locale.ROOT));
                i = j + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c > 127) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) == '.' || sql.charAt(i) > 127)) {
                    i++;
                }
                out.add(sql.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }
}
