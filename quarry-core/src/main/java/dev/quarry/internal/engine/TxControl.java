package dev.quarry.internal.engine;

import dev.quarry.TransactionOptions;
import java.sql.SQLException;

/** Begins and ends a transaction on a borrowed connection. Stateless and thread-safe. */
interface TxControl {

    void begin(Session session, TransactionOptions options) throws SQLException;

    void commit(Session session) throws SQLException;

    void rollback(Session session) throws SQLException;
}
