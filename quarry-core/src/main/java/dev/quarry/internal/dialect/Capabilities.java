package dev.quarry.internal.dialect;

/**
 * What a database can do, read from the live server's version where it varies (STYLE.md 2). Immutable.
 *
 * @param insertReturning      INSERT ... RETURNING (PostgreSQL; SQLite 3.35+; MariaDB 10.5+)
 * @param updateReturning      UPDATE ... RETURNING (PostgreSQL; SQLite 3.35+; never MariaDB)
 * @param deleteReturning      DELETE ... RETURNING (PostgreSQL; SQLite 3.35+; MariaDB 10.0.5+)
 * @param transactionalDdl     CREATE/DROP TABLE roll back with the transaction (PostgreSQL, SQLite)
 * @param savepoints           SAVEPOINT / RELEASE / ROLLBACK TO
 * @param maxParameters        the most bind parameters one statement may hold
 * @param streamingNeedsTransaction a cursor streams only inside a transaction (pgjdbc fetch size)
 * @param upsert               an insert can resolve a key conflict (SQLite 3.24+; PostgreSQL 9.5+; MariaDB)
 * @param windowFunctions      {@code ... OVER (...)} (SQLite 3.25+; PostgreSQL; MariaDB 10.2+)
 * @param nullsOrder           ORDER BY ... NULLS FIRST/LAST natively (PostgreSQL; SQLite 3.30+); emulated
 *                             otherwise
 */
public record Capabilities(boolean insertReturning, boolean updateReturning, boolean deleteReturning,
                           boolean transactionalDdl, boolean savepoints, int maxParameters,
                           boolean streamingNeedsTransaction, boolean upsert, boolean windowFunctions,
                           boolean nullsOrder) {

    /**
     * The capabilities of a current database (upsert, window functions and native NULLS FIRST/LAST available),
     * for stub dialects in tests; real dialects state every field from the server's version.
     */
    public Capabilities(boolean insertReturning, boolean updateReturning, boolean deleteReturning,
                        boolean transactionalDdl, boolean savepoints, int maxParameters,
                        boolean streamingNeedsTransaction) {
        this(insertReturning, updateReturning, deleteReturning, transactionalDdl, savepoints, maxParameters,
                streamingNeedsTransaction, true, true, true);
    }
}
