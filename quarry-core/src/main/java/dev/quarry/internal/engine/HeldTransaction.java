package dev.quarry.internal.engine;

import dev.quarry.OpenTransaction;
import dev.quarry.Transaction;
import dev.quarry.error.MisuseException;

/**
 * A transaction begun by {@code Quarry.beginTransaction} and ended by a later call ({@link OpenTransaction}): the
 * split form of {@link QuarryHandle#transaction}, for a framework's transaction manager. It holds its lease, the
 * database's {@link WorkGate} and (while not suspended) the thread's binding from begin to end. Belongs to the
 * thread that began it (every call checks it): not thread-safe.
 */
final class HeldTransaction implements OpenTransaction {
    private final EngineContext ctx;
    private final ThreadLocal<TransactionScope> current;
    private final SuspendedScopes suspended;
    private final TransactionScope scope;
    private final TxFrame root;
    private final Lease lease;
    private boolean isSuspended;

    HeldTransaction(EngineContext ctx, ThreadLocal<TransactionScope> current,
                    SuspendedScopes suspended, TransactionScope scope, TxFrame root, Lease lease) {
        this.ctx = ctx;
        this.current = current;
        this.suspended = suspended;
        this.scope = scope;
        this.root = root;
        this.lease = lease;
    }

    @Override
    public Transaction transaction() {
        return root;
    }

    @Override
    public void commit() {
        checkBound();
        end(!root.rollbackOnly);
    }

    @Override
    public void rollback() {
        checkBound();
        end(false);
    }

    /** Ends the scope, then gives back the thread, the connection and the gate, then runs the callbacks. */
    private void end(boolean commit) {
        try {
            scope.end(commit, null);
        } finally {
            current.remove();
            lease.close();
            ctx.afterRelease(scope.session, scope.committed());
            ctx.gate().exit();
            scope.runCallbacks();
        }
    }

    @Override
    public Savepoint savepoint() {
        checkBound();
        return scope.openSavepoint();
    }

    @Override
    public void suspend() {
        checkBound();
        current.remove();
        suspended.add(scope);
        isSuspended = true;
    }

    @Override
    public void resume() {
        scope.check();
        if (!isSuspended) {
            throw new MisuseException("resume() of a transaction that is not suspended");
        }
        if (current.get() != null) {
            throw new MisuseException("resume() while another transaction of this database is bound to the thread; "
                    + "end that one first");
        }
        suspended.remove(scope);
        isSuspended = false;
        current.set(scope);
    }

    /** Fails unless this is the owning thread, the transaction is open and bound to it. */
    private void checkBound() {
        scope.check();
        if (isSuspended || current.get() != scope) {
            throw new MisuseException("the transaction is suspended, or another is bound to this thread: resume it "
                    + "before ending it");
        }
    }

    @Override
    public String toString() {
        return "OpenTransaction(" + (scope.options.readOnly() ? "read-only" : "read-write")
                + (isSuspended ? ", suspended)" : ")");
    }
}
