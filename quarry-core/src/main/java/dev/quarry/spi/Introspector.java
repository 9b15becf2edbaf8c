package dev.quarry.spi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a live database's schema, each database its own way (its catalog tables), so a module never writes
 * catalog SQL per database. Obtain it from {@link Platform#introspector()} and call it with a connection lent by
 * {@code db.withConnection(ConnectionAccess.READ, c -> ...)}. The migrations module grows this interface
 * (columns, keys, indexes, constraints); it starts with what every module needs first. Stateless and thread-safe.
 */
public interface Introspector {

    /**
     * The tables of the connection's current schema, sorted by name: SQLite's {@code main} database without its own
     * {@code sqlite_*} tables, PostgreSQL's {@code current_schema()}, MariaDB's current database. Views are not
     * tables.
     */
    List<String> tableNames(Connection connection) throws SQLException;
}
