package dev.quarry.internal.engine;

import dev.quarry.spi.ExternalTransaction;
import dev.quarry.spi.ExternalTransactions;

/**
 * What a call on the database handle runs in, decided once per call: the transaction of Quarry's own bound to the
 * thread ({@link #scope}), a transaction begun outside Quarry that it must borrow the connection of
 * ({@link #lent}), or neither. The rule, in one place for statements, streams, {@code transaction(...)} and
 * {@code inTransaction()}: a scope of Quarry's own is joined as it is; otherwise, with {@link ExternalTransactions}
 * set, the framework is asked, and its transaction is lent unless the thread's scope already runs on its connection
 * (a savepoint of it). When the framework has none (its transaction is suspended, or ended), the thread's scope is
 * not joined either: it is a savepoint of that suspended transaction. Immutable.
 *
 * @param scope the scope to run in, or null
 * @param lent  the transaction begun outside Quarry whose connection to borrow (to be released), or null
 */
record OuterTransaction(TransactionScope scope, ExternalTransaction lent) {
    /** Neither: the common case of a statement outside any transaction, answered without allocating. */
    private static final OuterTransaction NONE = new OuterTransaction(null, null);

    /** What a call runs in, given the thread's {@code scope} (or null) and the settings' {@code external}. */
    static OuterTransaction of(TransactionScope scope, ExternalTransactions external) {
        if (external == null || (scope != null && scope.external == null)) {
            return scope == null ? NONE : new OuterTransaction(scope, null);
        }
        ExternalTransaction tx = external.join();
        if (tx == null) {
            return NONE;
        }
        if (scope == null || !scope.joins(tx)) {
            return new OuterTransaction(scope, tx);
        }
        tx.release();
        return new OuterTransaction(scope, null);
    }
}
