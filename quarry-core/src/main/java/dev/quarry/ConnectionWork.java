package dev.quarry;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work on a raw JDBC connection lent by {@link Database#withConnection}. The connection is valid only during the
 * call and belongs to Quarry: do not close it, nor change its auto-commit mode and leave it changed.
 */
@FunctionalInterface
public interface ConnectionWork<T> {

    /** The work, on {@code connection}, which it must not close; its result is handed back to the caller. */
    T run(Connection connection) throws SQLException;
}
