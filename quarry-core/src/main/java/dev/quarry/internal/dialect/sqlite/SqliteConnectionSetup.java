package dev.quarry.internal.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;

/**
 * The functions Quarry adds to every new SQLite connection so the DSL means the same as on PostgreSQL and MariaDB,
 * and how it loads extensions. Each has a name of its own ({@code quarry_*}): nothing built in changes meaning, so
 * hand-written SQL on the same connection, other tools and other processes see SQLite as SQLite. Stateless.
 *
 * <ul>
 *   <li>{@code quarry_glob(pattern)}: a LIKE pattern as GLOB, for the DSL's case-sensitive LIKE ({@link SqliteGlob}).</li>
 *   <li>{@code quarry_lower}/{@code quarry_upper}: fold every letter, not only ASCII ones as SQLite's built-ins do
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
        SqliteGlob.register(c);
        SqliteUnicodeCase.register(c);
        SqliteRound.register(c);
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
