package dev.quarry.internal.engine;

import java.sql.SQLException;

/**
 * Carries a driver error out of {@link dev.quarry.query.Row} methods, which cannot throw checked exceptions, to the
 * statement that is reading, which translates it with its SQL. Never leaves the engine.
 */
final class UncheckedSqlException extends RuntimeException {
    UncheckedSqlException(SQLException cause) {
        super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
