package dev.quarry;

import dev.quarry.query.QueryFactory;
import dev.quarry.spi.Capabilities;

/**
 * What a database handle and a transaction share: the DSL entry points ({@link QueryFactory}), transactions and the
 * schema operations.
 */
public interface Database extends QueryFactory {

    /**
     * Runs {@code work} in a transaction and returns its result. The transaction commits when {@code work} returns
     * and rolls back when it throws anything (the exception then propagates unchanged, checked ones included).
     * Called on a {@link Transaction}, it runs in a savepoint of that transaction instead.
     */
    <T, X extends Exception> T transaction(TransactionWork<T, X> work) throws X;

    /** {@link #transaction(TransactionWork)} with options: read-only, isolation level. */
    <T, X extends Exception> T transaction(TransactionOptions options, TransactionWork<T, X> work) throws X;

    /** {@link #transaction(TransactionWork)} for work that returns nothing. */
    default <X extends Exception> void transactionRun(TransactionRun<X> work) throws X {
        transaction(tx -> {
            work.run(tx);
            return null;
        });
    }

    /** {@link #transaction(TransactionOptions, TransactionWork)} for work that returns nothing. */
    default <X extends Exception> void transactionRun(TransactionOptions options, TransactionRun<X> work) throws X {
        transaction(options, tx -> {
            work.run(tx);
            return null;
        });
    }

    /** Creates and drops tables from their definitions. */
    SchemaOperations schema();

    /** How this database is called (for logs and messages); to decide what to do, ask {@link #capabilities()}. */
    String dialectName();

    /** What this database can do (RETURNING, transactional DDL, savepoints, ...), read from the server's version. */
    Capabilities capabilities();

    /**
     * Lends a raw JDBC connection to {@code work} and returns what it returns: for SQL the DSL does not cover, for
     * introspection, and for modules built on Quarry. {@link ConnectionAccess#READ} gives a reading connection (a
     * SQLite reader); {@link ConnectionAccess#WRITE} the SQLite writer, held under the writer lock for the whole
     * call, in auto-commit mode. Called on a {@link Transaction} (or on the database from the thread running a
     * transaction body), it lends the transaction's own connection. A {@link java.sql.SQLException} the work throws
     * arrives as Quarry's typed exception.
     *
     * <pre>{@code
     * long pages = db.withConnection(ConnectionAccess.READ, c -> {
     *     try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
     *         rs.next();
     *         return rs.getLong(1);
     *     }
     * });
     * }</pre>
     *
     * @throws dev.quarry.error.MisuseException if the work closes the connection, or leaves auto-commit off
     */
    <T> T withConnection(ConnectionAccess access, ConnectionWork<T> work);

    /**
     * {@code identifier} quoted as this database quotes names, for raw SQL that must run on several databases:
     * {@code "Artist"} on SQLite and PostgreSQL, {@code `Artist`} on MariaDB, a quote mark inside doubled.
     *
     * <pre>{@code
     * db.sql("SELECT * FROM " + db.quote("Artist") + " WHERE " + db.quote("Name") + " LIKE ?", "A%")
     *         .fetchInto(ARTIST);
     * }</pre>
     *
     * @throws IllegalArgumentException if the name is empty, longer than 63 bytes or holds a control character
     */
    String quote(String identifier);
}
