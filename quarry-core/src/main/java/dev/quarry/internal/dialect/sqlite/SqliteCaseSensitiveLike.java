package dev.quarry.internal.dialect.sqlite;

import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.Codes;

/**
 * A case-sensitive {@code like()} for a SQLite built without {@code PRAGMA case_sensitive_like}
 * ({@code SQLITE_OMIT_DEPRECATED}). {@code y LIKE x ESCAPE z} calls {@code like(x, y, z)}
 * (https://www.sqlite.org/lang_corefunc.html#like): {@code %} matches any run of characters, {@code _} exactly one,
 * the escape character makes the next one literal. Matching is by code point and exact, as PostgreSQL's LIKE is.
 * ({@code GLOB} is case-sensitive too but spells its wildcards {@code *} and {@code ?} and has no escape, so it
 * cannot stand in for LIKE.) Stateless; one instance per connection.
 */
final class SqliteCaseSensitiveLike extends Function {

    static void register(SQLiteConnection c) throws SQLException {
        SqliteConnectionSetup.register(c, "like", new SqliteCaseSensitiveLike(), 2);
        SqliteConnectionSetup.register(c, "like", new SqliteCaseSensitiveLike(), 3);
    }

    @Override
    protected void xFunc() throws SQLException {
        for (int i = 0; i < args(); i++) {
            if (value_type(i) == Codes.SQLITE_NULL) {
                result();
                return;
            }
        }
        int escape = -1;
        if (args() == 3) {
            String e = value_text(2);
            if (e.codePointCount(0, e.length()) != 1) {
                throw new SQLException("ESCAPE expression must be a single character");
            }
            escape = e.codePointAt(0);
        }
        result(matches(value_text(0).codePoints().toArray(), value_text(1).codePoints().toArray(), escape) ? 1 : 0);
    }

    /**
     * Whether {@code text} matches {@code pattern}: a greedy scan that remembers the last {@code %} and retries one
     * character further on a mismatch, linear in practice and never recursive.
     */
    static boolean matches(int[] pattern, int[] text, int escape) {
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = 0;
        while (t < text.length) {
            if (p < pattern.length && pattern[p] == '%') {
                starP = ++p;
                starT = t;
                continue;
            }
            if (p < pattern.length) {
                boolean escaped = pattern[p] == escape && p + 1 < pattern.length;
                int want = escaped ? pattern[p + 1] : pattern[p];
                if ((!escaped && want == '_') || want == text[t]) {
                    p += escaped ? 2 : 1;
                    t++;
                    continue;
                }
            }
            if (starP < 0) {
                return false;
            }
            p = starP;
            t = ++starT;
        }
        while (p < pattern.length && pattern[p] == '%') {
            p++;
        }
        return p == pattern.length;
    }
}
