package dev.quarry.internal.dialect.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * What Quarry does to every new SQLite connection so the DSL means the same as on PostgreSQL and MariaDB, and how it
 * loads extensions. Stateless.
 *
 * <ul>
 *   <li>{@code LIKE} is case-sensitive: SQLite's folds ASCII case by default
 *       (https://www.sqlite.org/lang_expr.html#like), PostgreSQL's never does and Quarry's MariaDB tables use a
 *       binary collation. {@code PRAGMA case_sensitive_like = ON} (https://www.sqlite.org/pragma.html#pragma_case_sensitive_like)
 *       does it natively and keeps the LIKE index optimisation; the pragma is deprecated and a build with
 *       {@code SQLITE_OMIT_DEPRECATED} ignores it silently (unknown pragmas are no-ops), so the result is probed and,
 *       if LIKE still folds case, a Java {@link SqliteCaseSensitiveLike} replaces {@code like()}.</li>
 *   <li>{@code lower}/{@code upper} fold every letter, not only ASCII ones as SQLite's built-ins do
 *       (https://www.sqlite.org/lang_corefunc.html#lower): {@link SqliteUnicodeCase}.</li>
 *   <li>{@code quarry_round(x, digits, decimal)} rounds a decimal value half away from zero, as the servers' {@code
 *       round} does: {@link SqliteRound}.</li>
 * </ul>
 */
final class SqliteConnectionSetup {
    private SqliteConnectionSetup() {
    }

    static void prepare(Connection connection) throws SQLException {
        SQLiteConnection c = connection.unwrap(SQLiteConnection.class);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA case_sensitive_like = ON");
            if (likeFoldsCase(s)) {
                SqliteCaseSensitiveLike.register(c);
            }
        }
        SqliteUnicodeCase.register(c);
        SqliteRound.register(c);
    }

    static boolean likeFoldsCase(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 'A' LIKE 'a'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * Loads an extension with {@code load_extension(file)} (https://www.sqlite.org/lang_corefunc.html#load_extension).
     * Extension loading is switched on only for the call and then set back to what the connection was opened with
     * (off unless the URL says {@code enable_load_extension=true}), so SQL run later cannot load a library: the
     * advice of https://www.sqlite.org/c3ref/enable_load_extension.html.
     */
    static void loadExtension(Connection connection, String file) throws SQLException {
        SQLiteConnection c = connection.unwrap(SQLiteConnection.class);
        DB db = c.getDatabase();
        db.enable_load_extension(true);
        try (var s = c.prepareStatement("SELECT load_extension(?)")) {
            s.setString(1, file);
            s.execute();
        } finally {
            db.enable_load_extension(db.getConfig().isEnabledLoadExtension());
        }
    }

    /** Registers {@code function} on {@code c} for {@code args} arguments, deterministic (usable in indexes). */
    static void register(SQLiteConnection c, String name, Function function, int args) throws SQLException {
        Function.create(c, name, function, args, Function.FLAG_DETERMINISTIC);
    }
}
