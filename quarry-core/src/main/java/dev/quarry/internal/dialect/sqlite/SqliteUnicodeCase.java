package dev.quarry.internal.dialect.sqlite;

import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.Codes;

/**
 * {@code lower(x)} and {@code upper(x)} that fold every letter: SQLite's built-ins fold ASCII only unless built
 * with ICU (https://www.sqlite.org/lang_corefunc.html#lower), so {@code lower('ÖSTERREICH')} would be
 * 'Österreich'. Each code point is mapped on its own ({@link Character#toLowerCase(int)}), as MariaDB does
 * (https://mariadb.com/kb/en/lower/) and as PostgreSQL does in the C library's UTF-8 locale that Quarry's
 * PostgreSQL dialect folds in: {@code String.toUpperCase(Locale.ROOT)} would turn 'ß' into "SS" and map a final
 * sigma by context, which neither server does. Non-text values (numbers, blobs) pass through as SQLite's built-ins pass them; NULL stays NULL.
 * Registered as {@code quarry_lower} and {@code quarry_upper}, beside the built-ins, which keep their meaning.
 * A new instance per connection: sqlite-jdbc calls it only from the thread running the statement.
 */
final class SqliteUnicodeCase extends Function {
    private final boolean upper;

    private SqliteUnicodeCase(boolean upper) {
        this.upper = upper;
    }

    static void register(SQLiteConnection c) throws SQLException {
        SqliteConnectionSetup.register(c, "quarry_lower", new SqliteUnicodeCase(false), 1);
        SqliteConnectionSetup.register(c, "quarry_upper", new SqliteUnicodeCase(true), 1);
    }

    @Override
    protected void xFunc() throws SQLException {
        int type = value_type(0);
        if (type == Codes.SQLITE_NULL) {
            result();
        } else if (type == Codes.SQLITE_BLOB) {
            result(value_blob(0));
        } else {
            result(fold(value_text(0), upper));
        }
    }

    static String fold(String text, boolean upper) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(upper ? Character.toUpperCase(cp) : Character.toLowerCase(cp)));
        return b.toString();
    }
}
