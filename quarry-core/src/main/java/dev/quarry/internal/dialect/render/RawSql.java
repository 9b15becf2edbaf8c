package dev.quarry.internal.dialect.render;

import dev.quarry.spi.StatementKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What can be told of hand-written SQL without parsing it: its leading keyword (after comments and parentheses),
 * whether a write keyword appears anywhere, and so its {@link StatementKind}. Never its tables: hand-written SQL is
 * reported as touching unknown tables. Stateless.
 */
public final class RawSql {
    private static final Pattern WRITE_WORD = Pattern.compile(
            "\\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|UPSERT|CREATE|DROP|ALTER|INTO|TRUNCATE)\\b",
            Pattern.CASE_INSENSITIVE);

    private RawSql() {
    }

    /** What {@code sql} does, judged by its leading keyword; a reading statement holding a write keyword is OTHER. */
    public static StatementKind kindOf(String sql) {
        switch (firstWord(sql)) {
            case "SELECT", "VALUES", "WITH", "EXPLAIN", "SHOW", "DESCRIBE", "DESC":
                return hasWriteWord(sql) ? StatementKind.OTHER : StatementKind.QUERY;
            case "INSERT", "REPLACE", "UPSERT":
                return StatementKind.INSERT;
            case "UPDATE":
                return StatementKind.UPDATE;
            case "DELETE":
                return StatementKind.DELETE;
            case "CREATE", "ALTER", "DROP", "TRUNCATE":
                return StatementKind.DDL;
            default:
                return StatementKind.OTHER;
        }
    }

    /**
     * Whether a write keyword appears anywhere in {@code sql}: a data-modifying CTE, {@code SELECT ... INTO},
     * {@code FOR UPDATE}. Words inside string literals count too; a false "write" costs only a trip to the writer.
     */
    public static boolean hasWriteWord(String sql) {
        return WRITE_WORD.matcher(sql).find();
    }

    /** The first keyword, upper-cased; "" if none. */
    public static String firstWord(String sql) {
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
