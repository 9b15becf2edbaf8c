package dev.quarry.spring;

import dev.quarry.spi.ExternalTransaction;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Tells Quarry how the Spring transaction its work joined ended: committed, or not, where "not" includes a
 * {@code NESTED} savepoint that was rolled back after Quarry's work ran inside it, so Quarry drops the
 * {@code afterCommit} callbacks (and the change events) of work that was undone while the transaction went on.
 *
 * <p>How it works: Spring (6.2 and later) tells every registered synchronization when a savepoint is created and
 * when one is rolled back to. This synchronization is registered when Quarry's work runs. A savepoint it saw created
 * was opened after that work, so rolling back to it leaves the work alone; a savepoint rolled back to that it never
 * saw created was open already when the work ran, so the work ran inside it and is undone. One per piece of
 * joined work; used on the transaction's thread only.
 */
final class CompletionSynchronization implements TransactionSynchronization {
    private final ExternalTransaction.Completion completion;
    private final Set<Object> openedBefore = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean undone;

    CompletionSynchronization(ExternalTransaction.Completion completion) {
        this.completion = completion;
    }

    @Override
    public void savepoint(Object savepoint) {
        openedBefore.add(savepoint);
    }

    @Override
    public void savepointRollback(Object savepoint) {
        if (!openedBefore.contains(savepoint)) {
            undone = true;
        }
    }

    @Override
    public void afterCompletion(int status) {
        completion.completed(status == STATUS_COMMITTED && !undone);
    }
}
