package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Routes hand-written SQL by its leading keyword (after comments and parentheses): {@code SELECT}, {@code VALUES},
 * {@code WITH} and {@code EXPLAIN} read unless a write keyword appears anywhere in the text (a data-modifying CTE,
 * {@code SELECT ... INTO}, {@code FOR UPDATE}); everything else writes. A false "write" only costs a trip through
 * the SQLite writer; it never loses data. Transaction control is refused: it would desynchronise Quarry's own
 * transaction handling, and {@code db.transaction(...)} does it. Stateless.
 */
final class SqlKind {
    private static final Pattern WRITE_WORD = Pattern.compile(
            "\\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT|CREATE|DROP|ALTER|INTO|TRUNCATE)\\b",
            Pattern.CASE_INSENSITIVE);

    private SqlKind() {
    }

    /** How {@code sql} must be run. */
    static Access classify(String sql) {
        String word = firstWord(sql);
        switch (word) {
            case "SELECT", "VALUES", "WITH", "EXPLAIN", "SHOW", "DESCRIBE", "DESC":
                return WRITE_WORD.matcher(sql).find() ? Access.WRITE : Access.READ;
            case "PRAGMA", "VACUUM", "ATTACH", "DETACH":
                return Access.BARE_WRITE;
            case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE":
                throw new MisuseException("hand-written transaction control ('" + word + "') would bypass Quarry's "
                        + "transactions; use db.transaction(tx -> ...) and tx.transaction(...) for savepoints");
            default:
                return Access.WRITE;
        }
    }

    /** The first keyword, upper-cased; "" if none. */
    static String firstWord(String sql) {
        int i = skipNoise(sql, 0);
        int start = i;
        while (i < sql.length() && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toUpperCase(Locale.ROOT);
    }

    private static int skipNoise(String sql, int from) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
