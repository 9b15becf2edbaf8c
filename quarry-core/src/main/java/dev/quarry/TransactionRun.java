package dev.quarry;

/**
 * The body of a transaction that returns nothing.
 *
 * @param <X> what it may throw
 */
@FunctionalInterface
public interface TransactionRun<X extends Exception> {
    /** The transaction's body; returning commits, throwing rolls back and rethrows. */
    void run(Transaction tx) throws X;
}
