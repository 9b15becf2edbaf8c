package dev.quarry.internal.dialect.postgres;

import dev.quarry.internal.dialect.CatalogQuery;
import dev.quarry.spi.Introspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL's schema from {@code pg_catalog} for the connection's {@code current_schema()}
 * (https://www.postgresql.org/docs/current/catalog-pg-class.html): ordinary and partitioned tables. Stateless.
 */
final class PostgresIntrospector implements Introspector {
    static final PostgresIntrospector INSTANCE = new PostgresIntrospector();

    private PostgresIntrospector() {
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return CatalogQuery.names(connection, "SELECT c.relname FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE \"C\"");
    }
}
