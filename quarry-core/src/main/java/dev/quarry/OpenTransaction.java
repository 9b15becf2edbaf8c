package dev.quarry;

/**
 * A transaction of Quarry's own begun by {@link Quarry#beginTransaction} and ended by {@link #commit()} or
 * {@link #rollback()} in a later call, for integrations whose transactions begin and end in separate calls (Spring's
 * {@code PlatformTransactionManager} on a database Quarry opened itself, such as its SQLite engine). Applications
 * use {@code db.transaction(tx -> ...)}, which cannot be left open.
 *
 * <p>While it is open and not suspended it is bound to the thread that began it exactly as a
 * {@code db.transaction(...)} body is: calls on the database handle from that thread run in it, and
 * {@code db.transaction(...)} there opens a savepoint. It holds its connection (on SQLite: the single writer under
 * its lock, or a reader when read-only) from {@link Quarry#beginTransaction} to its end. Every method must be
 * called on the thread that began it: not thread-safe.
 */
public interface OpenTransaction {

    /** The transaction: its callbacks, rollback-only mark, and statements. Valid until the end. */
    Transaction transaction();

    /**
     * Commits, or rolls back if {@link Transaction#setRollbackOnly()} was called; gives the connection back, then
     * runs the callbacks.
     *
     * @throws dev.quarry.error.QuarryException if the commit fails (the transaction is then rolled back)
     * @throws dev.quarry.error.MisuseException if it has ended, is suspended, or this is another thread
     */
    void commit();

    /**
     * Rolls back, gives the connection back, then runs the callbacks.
     *
     * @throws dev.quarry.error.MisuseException if it has ended, is suspended, or this is another thread
     */
    void rollback();

    /**
     * Unbinds it from the thread, keeping it open with its connection: calls on the database handle from this
     * thread no longer join it until {@link #resume()}. A read-write transaction begun while this one is suspended
     * needs a connection of its own; on SQLite, whose one writer this one holds, that is refused.
     *
     * @throws dev.quarry.error.MisuseException if it is not the transaction bound to this thread now
     */
    void suspend();

    /**
     * Binds it to the thread again after {@link #suspend()}.
     *
     * @throws dev.quarry.error.MisuseException if it is not suspended, or another transaction is bound now
     */
    void resume();

    /**
     * Opens a savepoint of this transaction, ended by a later {@link Savepoint#release()} or
     * {@link Savepoint#rollback()}: the split form of a nested {@code db.transaction(...)}, for a framework's nested
     * transactions (Spring's {@code NESTED}). Until it ends, statements of this thread run in it, and a
     * {@code db.transaction(...)} body there is a savepoint inside it whose callbacks, once it returns, belong to
     * this savepoint: rolling it back drops its {@code afterCommit} callbacks and keeps its {@code afterRollback}
     * ones for the end of the transaction, as for a nested body that throws. Savepoints end in the reverse order of
     * their opening.
     *
     * @throws dev.quarry.error.MisuseException if the transaction has ended, is suspended, or this is another thread
     * @throws dev.quarry.error.UnsupportedFeatureException if the database has no savepoints
     */
    Savepoint savepoint();

    /**
     * A savepoint opened by {@link #savepoint()}; it ends with one of its methods, on the transaction's thread. Not
     * thread-safe.
     */
    interface Savepoint {
        /**
         * Keeps its work in the transaction; its callbacks now wait for the transaction's outcome.
         *
         * @throws dev.quarry.error.MisuseException if it has ended, or a savepoint opened after it is still open
         */
        void release();

        /**
         * Undoes its work and ends it; the transaction goes on. Its {@code afterCommit} callbacks are dropped, its
         * {@code afterRollback} ones run when the transaction ends.
         *
         * @throws dev.quarry.error.MisuseException if it has ended, or a savepoint opened after it is still open
         */
        void rollback();
    }
}
