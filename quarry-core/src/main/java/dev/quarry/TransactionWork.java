package dev.quarry;

/**
 * The body of a transaction; may throw checked exceptions, which roll the transaction back and propagate.
 *
 * @param <T> its result
 * @param <X> what it may throw
 */
@FunctionalInterface
public interface TransactionWork<T, X extends Exception> {
    /** The transaction's body and its result; returning commits, throwing rolls back and rethrows. */
    T run(Transaction tx) throws X;
}
