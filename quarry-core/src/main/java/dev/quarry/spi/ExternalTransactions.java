package dev.quarry.spi;

/**
 * Transactions begun outside Quarry that Quarry's statements join: how a framework's transaction manager (Spring's
 * {@code @Transactional}, a container's) and Quarry run as one transaction, whoever started it. Registered with
 * {@link dev.quarry.QuarrySettings.Builder#externalTransactions} on a database opened from a
 * {@link javax.sql.DataSource}: the DataSource whose connections the outer transactions hold.
 *
 * <p>Quarry asks {@link #join()} at each statement, stream and transaction started on the database handle (not on a
 * {@link dev.quarry.Transaction} of Quarry's own, whose statements stay in it) while no transaction of Quarry's own
 * runs on the calling thread. When it answers a transaction:
 * <ul>
 *   <li>the statement runs on the transaction's {@link ExternalTransaction#connection() connection}, as it is;</li>
 *   <li>{@code db.transaction(...)} runs as a savepoint of it ({@code SAVEPOINT}, released when the body returns,
 *       rolled back to when it throws), and calls on {@code db} in the body join that savepoint; its
 *       {@code afterCommit} and {@code afterRollback} callbacks run when the outer transaction ends, as told by
 *       {@link ExternalTransaction#onCompletion};</li>
 *   <li>change events (and so watched queries) hear of the writes once the outer transaction commits, never
 *       before; statement events are told at once, since Quarry holds no lock on a lent connection;</li>
 *   <li>Quarry never commits, rolls back, closes or changes the auto-commit mode of the connection: the outer
 *       transaction's owner ends it, and its rollback undoes Quarry's writes with its own.</li>
 * </ul>
 * When it answers null, Quarry borrows a connection from the DataSource and runs its own transactions as usual.
 *
 * <p>Cost: a database opened without this setting never calls anything of it; with it, one {@code join()} per
 * statement, so an implementation must be quick (a thread-local look-up). Implementations are thread-safe.
 */
@FunctionalInterface
public interface ExternalTransactions {

    /**
     * The transaction begun outside Quarry that the calling thread runs in, with its connection lent to Quarry until
     * {@link ExternalTransaction#release()}; or null if the thread runs in none.
     */
    ExternalTransaction join();
}
