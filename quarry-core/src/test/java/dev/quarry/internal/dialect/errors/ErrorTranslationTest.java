package dev.quarry.internal.dialect.errors;

import dev.quarry.internal.dialect.PreparedConnections;
import dev.quarry.testing.TestDb;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What each database's error-translation test shares: a connection into the class's test kit schema for each test,
 * prepared as Quarry prepares its own, and the class's tables, written in SQL by the subclass and created once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ErrorTranslationTest {
    protected TestDb db;
    protected Connection c;
    private boolean tablesCreated;

    /** A connection into the class's schema for each test; the tables are created by the first. */
    @BeforeEach
    void connectAndCreateTables(TestDb t) throws SQLException {
        db = t;
        c = connect();
        if (!tablesCreated) {
            createTables();
            tablesCreated = true;
        }
    }

    /** Another connection into the class's schema, prepared as Quarry prepares its own; closed after the test. */
    protected Connection connect() throws SQLException {
        Connection connection = db.jdbc();
        PreparedConnections.prepare(connection);
        return connection;
    }

    /** Creates the tables the class's errors come from, on {@link #c}. */
    protected abstract void createTables() throws SQLException;
}
