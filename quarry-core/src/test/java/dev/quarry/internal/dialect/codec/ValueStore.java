package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.PreparedConnections;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the codec tests write values: a test kit scope on one database, one work connection into it prepared as
 * Quarry prepares its own, and the codecs of the dialect Quarry picks for it. Value tables are created by Quarry
 * from their definitions, so the codecs are tested on the column types Quarry's DDL really emits. The caller checks
 * that the server is reachable first ({@code Availability.require}). Not thread-safe.
 */
final class ValueStore implements AutoCloseable {
    private final DatabaseScope scope;
    private final Connection connection;
    private final Dialect dialect;
    private final Map<String, ValueTable> shared = new HashMap<>();

    private ValueStore(DatabaseScope scope, Connection connection, Dialect dialect) {
        this.scope = scope;
        this.connection = connection;
        this.dialect = dialect;
    }

    /** A new store in a new scope on {@code target}. */
    static ValueStore open(TestTarget target) throws SQLException {
        DatabaseScope scope = DatabaseScope.create(target);
        Connection c = null;
        try {
            c = scope.jdbc();
            return new ValueStore(scope, c, PreparedConnections.prepare(c));
        } catch (SQLException | RuntimeException e) {
            closeAfterFailure(scope, c, e);
            throw e;
        }
    }

    private static void closeAfterFailure(DatabaseScope scope, Connection c, Exception failure) {
        try (scope) {
            if (c != null) {
                c.close();
            }
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** The database this store is on. */
    TestTarget target() {
        return scope.target();
    }

    /** The work connection (auto-commit unless the caller turned it off). */
    Connection connection() {
        return connection;
    }

    /** The codec table Quarry uses on this database. */
    TypeCodecs codecs() {
        return dialect.codecs();
    }

    /**
     * Creates {@code table} with Quarry's DDL, through the scope's shared handle. A work connection inside a
     * transaction commits first: its snapshot predates the table, and MariaDB refuses to use a table created after
     * a transaction's snapshot (error 1412, "Table definition has changed").
     */
    void create(Table<?> table) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        scope.db().schema().create(table);
    }

    /** A new, empty table for {@code type} values. */
    ValueTable newTable(DataType<?> type) throws SQLException {
        return ValueTable.create(this, type);
    }

    /** The table for {@code type} values this store made first, shared by the properties of a class. */
    ValueTable sharedTable(DataType<?> type) throws SQLException {
        ValueTable t = shared.get(type.toString());
        if (t == null) {
            t = newTable(type);
            shared.put(type.toString(), t);
        }
        return t;
    }

    /** Runs {@code sql} on the work connection. */
    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** The single number {@code sql} selects. */
    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Closes the work connection (rolling back what it did not commit), then drops the scope. */
    @Override
    public void close() throws Exception {
        try (scope) {
            connection.close();
        }
    }

    @Override
    public String toString() {
        return scope.toString();
    }
}
