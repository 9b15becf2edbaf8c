package dev.quarry;

import dev.quarry.query.QueryFactory;

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

    /** What this database can do and how it is called (for logs). */
    String dialectName();

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
