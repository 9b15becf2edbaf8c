package dev.quarry.internal.dialect.mariadb;

import dev.quarry.internal.dialect.CatalogQuery;
import dev.quarry.spi.Introspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * MariaDB's schema from {@code information_schema.TABLES} for the current database
 * (https://mariadb.com/kb/en/information-schema-tables-table/): base tables, not views. Stateless.
 */
final class MariaDbIntrospector implements Introspector {
    static final MariaDbIntrospector INSTANCE = new MariaDbIntrospector();

    private MariaDbIntrospector() {
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return CatalogQuery.names(connection, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY BINARY TABLE_NAME");
    }
}
