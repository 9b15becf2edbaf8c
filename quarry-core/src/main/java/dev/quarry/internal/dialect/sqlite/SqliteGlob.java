package dev.quarry.internal.dialect.sqlite;

import dev.quarry.query.Like;
import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.Codes;

/**
 * The DSL's case-sensitive LIKE on SQLite, written as {@code GLOB}. SQLite's LIKE folds ASCII case
 * (https://www.sqlite.org/lang_expr.html#like), PostgreSQL's never does and Quarry's MariaDB tables use a binary
 * collation; turning on {@code PRAGMA case_sensitive_like} or replacing {@code like()} would change what hand-written
 * SQL and other tools mean on the same connection, so the DSL renders GLOB instead, which is case-sensitive and
 * matches by character as PostgreSQL's LIKE does. A pattern given as a value is translated when the statement is
 * rendered, so it is still a bound string and SQLite's LIKE/GLOB index optimisation applies to a prefix pattern on
 * an indexed column (https://www.sqlite.org/optoverview.html#the_like_optimization); any other pattern goes through
 * {@code quarry_glob(pattern)}, registered on Quarry's connections under a name of its own.
 *
 * <p>Translation: {@code %} becomes {@code *}, {@code _} becomes {@code ?}; GLOB's own special characters
 * ({@code *}, {@code ?}, {@code [}) and an escaped {@code %} or {@code _} become one-character classes such as
 * {@code [*]}; a trailing escape character stands for itself, as SQLite's LIKE takes it. Stateless.
 */
final class SqliteGlob extends Function {
    static final String FUNCTION = "quarry_glob";

    static void register(SQLiteConnection c) throws SQLException {
        SqliteConnectionSetup.register(c, FUNCTION, new SqliteGlob(), 1);
    }

    /** The GLOB pattern that matches exactly what {@code like} matches as a case-sensitive LIKE with {@code \}. */
    static String fromLike(String like) {
        StringBuilder b = new StringBuilder(like.length() + 8);
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == Like.ESCAPE && i + 1 < like.length()) {
                literal(like.charAt(++i), b);
            } else if (c == '%') {
                b.append('*');
            } else if (c == '_') {
                b.append('?');
            } else {
                literal(c, b);
            }
        }
        return b.toString();
    }

    /** {@code c} matching itself only; a surrogate pair's halves pass through in order, as one character. */
    private static void literal(char c, StringBuilder b) {
        if (c == '*' || c == '?' || c == '[') {
            b.append('[').append(c).append(']');
        } else {
            b.append(c);
        }
    }

    @Override
    protected void xFunc() throws SQLException {
        if (value_type(0) == Codes.SQLITE_NULL) {
            result();
        } else {
            result(fromLike(value_text(0)));
        }
    }
}
