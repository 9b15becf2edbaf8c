package dev.quarry.internal.dialect.sqlite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What SQLite's pragmas do not say about a table, read from the {@code CREATE TABLE} text SQLite keeps in
 * {@code sqlite_schema} (https://sqlite.org/lang_createtable.html): the names of constraints (pragma
 * {@code foreign_key_list} has no names, {@code index_list} names unique constraints {@code sqlite_autoindex_*}),
 * CHECK constraints with their text, and which column is AUTOINCREMENT. Only the structure is read: the statement
 * is split into its column definitions and table constraints at top-level commas, and each is scanned for the
 * constraint keywords outside parentheses, quotes and comments; types, defaults and actions come from the pragmas.
 * Immutable once parsed.
 */
final class SqliteTableSql {

    /** A UNIQUE or FOREIGN KEY constraint: its name (null when unnamed) and columns. */
    record Keyed(String name, List<String> columns, String refTable) {
    }

    /** A CHECK constraint: its name (null when unnamed), the column it was declared on (null at table level). */
    record Check(String name, String column, String expression) {
    }

    private final List<Keyed> uniques = new ArrayList<>();
    private final List<Keyed> foreignKeys = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final Set<String> autoincrement = new HashSet<>();

    private SqliteTableSql() {
    }

    /** Unique constraints in declaration order. */
    List<Keyed> uniques() {
        return uniques;
    }

    /** Foreign keys in declaration order ({@code refTable} set, columns of this table). */
    List<Keyed> foreignKeys() {
        return foreignKeys;
    }

    /** Check constraints in declaration order. */
    List<Check> checks() {
        return checks;
    }

    /** Whether {@code column} is declared {@code PRIMARY KEY AUTOINCREMENT}. */
    boolean isAutoincrement(String column) {
        return autoincrement.contains(column.toLowerCase(Locale.ROOT));
    }

    /** Parses {@code sql}, a {@code CREATE TABLE} statement as {@code sqlite_schema.sql} holds it. */
    static SqliteTableSql parse(String sql) {
        SqliteTableSql out = new SqliteTableSql();
        List<Token> tokens = tokenize(sql);
        int open = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                open = i;
                break;
            }
            if (tokens.get(i).isWord("AS")) {
                return out; // CREATE TABLE ... AS SELECT: no constraints
            }
        }
        if (open < 0) {
            return out;
        }
        int close = matching(tokens, open);
        List<List<Token>> items = new ArrayList<>();
        int depth = 0;
        List<Token> current = new ArrayList<>();
        for (int i = open + 1; i < close; i++) {
            Token t = tokens.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            }
            if (depth == 0 && t.is(",")) {
                items.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        items.add(current);
        for (List<Token> item : items) {
            if (item.isEmpty()) {
                continue;
            }
            Token first = item.get(0);
            if (first.isWord("CONSTRAINT") || first.isWord("PRIMARY") || first.isWord("UNIQUE")
                    || first.isWord("CHECK") || first.isWord("FOREIGN")) {
                out.tableConstraint(sql, item);
            } else {
                out.columnDefinition(sql, item);
            }
        }
        return out;
    }

    private void tableConstraint(String sql, List<Token> item) {
        String name = null;
        int i = 0;
        if (item.get(0).isWord("CONSTRAINT") && item.size() > 1) {
            name = item.get(1).name();
            i = 2;
        }
        if (i >= item.size()) {
            return;
        }
        Token kind = item.get(i);
        if (kind.isWord("UNIQUE")) {
            uniques.add(new Keyed(name, columnList(item, i + 1), null));
        } else if (kind.isWord("CHECK")) {
            checks.add(new Check(name, null, parenthesised(sql, item, i + 1)));
        } else if (kind.isWord("FOREIGN")) {
            int j = i + 1;
            while (j < item.size() && !item.get(j).is("(")) {
                j++;
            }
            List<String> columns = columnList(item, j);
            int ref = j;
            while (ref < item.size() && !item.get(ref).isWord("REFERENCES")) {
                ref++;
            }
            if (ref + 1 < item.size()) {
                foreignKeys.add(new Keyed(name, columns, item.get(ref + 1).name()));
            }
        }
    }

    private void columnDefinition(String sql, List<Token> item) {
        String column = item.get(0).name();
        String pendingName = null;
        int depth = 0;
        for (int i = 1; i < item.size(); i++) {
            Token t = item.get(i);
            if (t.is("(")) {
                depth++;
                continue;
            }
            if (t.is(")")) {
                depth--;
                continue;
            }
            if (depth > 0 || t.quoted) {
                continue;
            }
            if (t.isWord("CONSTRAINT") && i + 1 < item.size()) {
                pendingName = item.get(++i).name();
            } else if (t.isWord("CHECK")) {
                checks.add(new Check(pendingName, column, parenthesised(sql, item, i + 1)));
                pendingName = null;
            } else if (t.isWord("UNIQUE")) {
                uniques.add(new Keyed(pendingName, List.of(column), null));
                pendingName = null;
            } else if (t.isWord("REFERENCES") && i + 1 < item.size()) {
                foreignKeys.add(new Keyed(pendingName, List.of(column), item.get(i + 1).name()));
                pendingName = null;
            } else if (t.isWord("AUTOINCREMENT")) {
                autoincrement.add(column.toLowerCase(Locale.ROOT));
            } else if (t.isWord("PRIMARY") || t.isWord("NOT") || t.isWord("NULL") || t.isWord("DEFAULT")
                    || t.isWord("COLLATE") || t.isWord("GENERATED") || t.isWord("AS")) {
                pendingName = null;
            }
        }
    }

    /** The names inside the parenthesised list starting at {@code open}: the first word of each item. */
    private static List<String> columnList(List<Token> item, int open) {
        List<String> names = new ArrayList<>();
        if (open >= item.size() || !item.get(open).is("(")) {
            return names;
        }
        int close = matching(item, open);
        boolean expectName = true;
        int depth = 0;
        for (int i = open + 1; i < close; i++) {
            Token t = item.get(i);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
            } else if (depth == 0 && t.is(",")) {
                expectName = true;
            } else if (expectName && depth == 0) {
                names.add(t.name());
                expectName = false;
            }
        }
        return names;
    }

    /** The source text inside the parentheses opening at {@code open}, trimmed. */
    private static String parenthesised(String sql, List<Token> item, int open) {
        if (open >= item.size() || !item.get(open).is("(")) {
            return "";
        }
        int close = matching(item, open);
        return sql.substring(item.get(open).end, item.get(close).start).trim();
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    // ---- tokens ----

    /**
     * A word, a quoted name or string, or one punctuation character, with its place in the source. {@code text} is
     * the name without its quotes for quoted names, the literal with its quotes for strings.
     */
    private record Token(String text, boolean quoted, boolean string, int start, int end) {
        boolean is(String punctuation) {
            return !quoted && !string && text.equals(punctuation);
        }

        boolean isWord(String keyword) {
            return !quoted && !string && text.equalsIgnoreCase(keyword);
        }

        String name() {
            return text;
        }
    }

    private static List<Token> tokenize(String sql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int endComment = sql.indexOf("*/", i + 2);
                i = endComment < 0 ? n : endComment + 2;
            } else if (c == '"' || c == '`') {
                int end = closingQuote(sql, i, c);
                out.add(new Token(sql.substring(i + 1, end).replace("" + c + c, "" + c), true, false, i, end + 1));
                i = end + 1;
            } else if (c == '[') {
                int end = sql.indexOf(']', i + 1);
                end = end < 0 ? n - 1 : end;
                out.add(new Token(sql.substring(i + 1, end), true, false, i, end + 1));
                i = end + 1;
            } else if (c == '\'') {
                int end = closingQuote(sql, i, c);
                out.add(new Token(sql.substring(i, end + 1), false, true, i, end + 1));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) > 127)) {
                    i++;
                }
                out.add(new Token(sql.substring(start, i), false, false, start, i));
            } else {
                out.add(new Token(String.valueOf(c), false, false, i, i + 1));
                i++;
            }
        }
        return out;
    }

    /** The index of the quote closing the one at {@code open} (a doubled quote is part of the text). */
    private static int closingQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return sql.length() - 1;
    }
}
