package dev.quarry;

/**
 * The body of a transaction that returns nothing.
 *
 * @param <X> what it may throw
 */
@FunctionalInterface
public interface TransactionRun<X extends Exception> {
    void run(Transaction tx) throws X;
}
