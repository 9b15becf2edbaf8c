package dev.quarry.internal.dialect;

import java.sql.Connection;

/**
 * What a {@link TransactionControl} may do on the connection whose transaction it begins or ends: reach the JDBC
 * connection, and run a statement through the engine (so it is logged, counted and its errors translated into
 * Quarry's exceptions). Implemented by the engine's session; used by one thread.
 */
public interface TransactionSession {

    /** The borrowed connection. */
    Connection connection();

    /** Runs {@code sql} (no parameters) on the connection, its statement cached; errors arrive translated. */
    void run(String sql);

    /** Whether the transaction being begun or ended is read-only. */
    boolean readOnlyTransaction();

    /** Whether the connection itself refuses writes (a SQLite reader, a read-only file). */
    boolean readOnlyConnection();
}
