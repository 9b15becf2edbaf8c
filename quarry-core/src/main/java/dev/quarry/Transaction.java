package dev.quarry;

/**
 * A running transaction, handed to the body of {@link Database#transaction(TransactionWork)}. Statements built from
 * it run inside it; {@code tx.transaction(...)} opens a savepoint. Valid only during the body and only on the thread
 * running it: not thread-safe.
 */
public interface Transaction extends Database {

    /** Runs {@code callback} after the outermost transaction commits (not when a savepoint is released). */
    void afterCommit(Runnable callback);

    /** Runs {@code callback} after this transaction (or savepoint) rolls back. */
    void afterRollback(Runnable callback);

    /** Marks the transaction to roll back when the body returns, without an exception. */
    void setRollbackOnly();

    /** Whether the transaction was opened read-only. */
    boolean isReadOnly();
}
