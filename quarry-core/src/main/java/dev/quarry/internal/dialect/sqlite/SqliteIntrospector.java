package dev.quarry.internal.dialect.sqlite;

import dev.quarry.internal.dialect.CatalogQuery;
import dev.quarry.spi.Introspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * SQLite's schema from {@code sqlite_schema} of the {@code main} database (https://sqlite.org/schematab.html), named
 * {@code sqlite_master} here, which every SQLite version accepts. Stateless.
 */
final class SqliteIntrospector implements Introspector {
    static final SqliteIntrospector INSTANCE = new SqliteIntrospector();

    private SqliteIntrospector() {
    }

    /** Tables without SQLite's own ({@code sqlite_sequence}, {@code sqlite_stat1}, ...). */
    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return CatalogQuery.names(connection, "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    }
}
