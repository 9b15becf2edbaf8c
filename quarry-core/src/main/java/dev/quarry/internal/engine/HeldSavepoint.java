package dev.quarry.internal.engine;

import dev.quarry.OpenTransaction;
import dev.quarry.error.MisuseException;

/**
 * A savepoint of a {@link HeldTransaction} opened by one call and ended by a later one: the split form of a nested
 * {@code db.transaction(...)} body (see {@link TransactionScope#openSavepoint()}). Belongs to the transaction's
 * thread: not thread-safe.
 */
final class HeldSavepoint implements OpenTransaction.Savepoint {
    private final TransactionScope scope;
    /** The savepoint's frame, the frame innermost before it, and its name: what ending it needs. */
    final TxFrame frame;
    final TxFrame outer;
    final String name;
    private boolean ended;

    HeldSavepoint(TransactionScope scope, TxFrame frame, TxFrame outer, String name) {
        this.scope = scope;
        this.frame = frame;
        this.outer = outer;
        this.name = name;
    }

    @Override
    public void release() {
        end(true);
    }

    @Override
    public void rollback() {
        end(false);
    }

    private void end(boolean release) {
        if (ended) {
            throw new MisuseException("savepoint " + name + " has ended already");
        }
        scope.endHeldSavepoint(frame, outer, name, release);
        ended = true;
    }

    @Override
    public String toString() {
        return "Savepoint(" + name + (ended ? ", ended)" : ")");
    }
}
