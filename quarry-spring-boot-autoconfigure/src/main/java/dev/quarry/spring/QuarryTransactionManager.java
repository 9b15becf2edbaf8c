package dev.quarry.spring;

import dev.quarry.Isolation;
import dev.quarry.OpenTransaction;
import dev.quarry.Quarry;
import dev.quarry.TransactionOptions;
import dev.quarry.error.QuarryException;
import java.util.Objects;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.InvalidTimeoutException;
import org.springframework.transaction.SavepointManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A Spring {@code PlatformTransactionManager} on a database Quarry opened itself ({@code Quarry.open(url)}): for
 * SQLite, whose engine keeps the one writer in charge, so {@code @Transactional} works without a
 * {@code DataSource}. A read-write transaction holds the SQLite writer (under its lock) from begin to end; a
 * read-only one ({@code @Transactional(readOnly = true)}) runs on a reader, one snapshot, and refuses writes. Calls
 * on the {@code Quarry} bean inside it join it; {@code db.transaction(...)} there is a savepoint.
 *
 * <p>Propagation: {@code REQUIRED}, {@code SUPPORTS}, {@code MANDATORY}, {@code NEVER} as Spring defines them;
 * {@code NESTED} as a savepoint of Quarry's ({@link OpenTransaction#savepoint()}), so the {@code afterCommit}
 * callbacks of work inside one that is rolled back are dropped; {@code REQUIRES_NEW} and {@code NOT_SUPPORTED}
 * suspend the running transaction, which keeps its connection. On SQLite nothing can write while a transaction this
 * thread suspended holds the single writer (it would wait for itself): {@code REQUIRES_NEW} inside a read-write
 * transaction is refused with a {@code CannotCreateTransactionException} unless the new one is read-only, and under
 * {@code NOT_SUPPORTED} there a write is refused at once with a {@code MisuseException} saying so; reads work. On PostgreSQL and MariaDB opened from a URL, {@code REQUIRES_NEW} takes a second pooled connection.
 * Isolation levels map to Quarry's; a timeout is refused, since Quarry does not time transactions out.
 *
 * <p>Thread-safe, like every Spring transaction manager: the transaction state lives in Spring's thread-bound
 * resources.
 */
public final class QuarryTransactionManager extends AbstractPlatformTransactionManager
        implements ResourceTransactionManager {
    private static final long serialVersionUID = 1L;

    private final transient Quarry db;

    /** Manages transactions of {@code db}. */
    public QuarryTransactionManager(Quarry db) {
        this.db = Objects.requireNonNull(db, "db");
        setNestedTransactionAllowed(true);
    }

    /** The database, the key its transactions are bound to the thread by. */
    @Override
    public Object getResourceFactory() {
        return db;
    }

    @Override
    protected Object doGetTransaction() {
        return new TxObject((Bound) TransactionSynchronizationManager.getResource(db));
    }

    @Override
    protected boolean isExistingTransaction(Object transaction) {
        return ((TxObject) transaction).bound != null;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        if (definition.getTimeout() != TransactionDefinition.TIMEOUT_DEFAULT) {
            throw new InvalidTimeoutException("Quarry does not time transactions out; leave the timeout out",
                    definition.getTimeout());
        }
        TransactionOptions options = new TransactionOptions(definition.isReadOnly(),
                isolation(definition.getIsolationLevel()));
        OpenTransaction open;
        try {
            open = db.beginTransaction(options);
        } catch (QuarryException e) {
            throw new CannotCreateTransactionException("Quarry could not begin the transaction: " + e.getMessage(), e);
        }
        Bound bound = new Bound(open);
        TransactionSynchronizationManager.bindResource(db, bound);
        ((TxObject) transaction).begun(bound);
    }

    private static Isolation isolation(int level) {
        switch (level) {
            case TransactionDefinition.ISOLATION_DEFAULT:
                return Isolation.DEFAULT;
            case TransactionDefinition.ISOLATION_READ_COMMITTED:
                return Isolation.READ_COMMITTED;
            case TransactionDefinition.ISOLATION_REPEATABLE_READ:
                return Isolation.REPEATABLE_READ;
            case TransactionDefinition.ISOLATION_SERIALIZABLE:
                return Isolation.SERIALIZABLE;
            default:
                throw new InvalidIsolationLevelException("Quarry has no isolation level " + level
                        + " (READ_UNCOMMITTED): use READ_COMMITTED or stronger");
        }
    }

    @Override
    protected Object doSuspend(Object transaction) {
        TxObject tx = (TxObject) transaction;
        Bound bound = (Bound) TransactionSynchronizationManager.unbindResource(db);
        bound.open.suspend();
        tx.bound = null;
        return bound;
    }

    @Override
    protected void doResume(Object transaction, Object suspendedResources) {
        Bound bound = (Bound) suspendedResources;
        bound.open.resume();
        TransactionSynchronizationManager.bindResource(db, bound);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            ((TxObject) status.getTransaction()).bound.open.commit();
        } catch (QuarryException e) {
            throw new TransactionSystemException("Quarry's COMMIT failed: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        try {
            ((TxObject) status.getTransaction()).bound.open.rollback();
        } catch (QuarryException e) {
            throw new TransactionSystemException("Quarry's ROLLBACK failed: " + e.getMessage(), e);
        }
    }

    @Override
    protected void doSetRollbackOnly(DefaultTransactionStatus status) {
        ((TxObject) status.getTransaction()).bound.rollbackOnly = true;
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        TxObject tx = (TxObject) transaction;
        if (tx.newlyBegun) {
            TransactionSynchronizationManager.unbindResourceIfPossible(db);
        }
    }

    @Override
    public String toString() {
        return "QuarryTransactionManager(" + db + ")";
    }

    /**
     * A Spring savepoint: Quarry's, which ends once. Spring rolls a savepoint back and then releases it
     * ({@code AbstractTransactionStatus.rollbackToHeldSavepoint}); Quarry's rollback ends it, so the release after
     * it has nothing left to do.
     */
    private static final class HeldSavepoint {
        private final OpenTransaction.Savepoint savepoint;
        private boolean ended;

        HeldSavepoint(OpenTransaction.Savepoint savepoint) {
            this.savepoint = savepoint;
        }

        void rollback() {
            if (ended) {
                throw new TransactionSystemException("the savepoint was rolled back already; Quarry's savepoint ends "
                        + "when rolled back, so it cannot be rolled back to again");
            }
            end(savepoint::rollback);
        }

        void release() {
            if (!ended) {
                end(savepoint::release);
            }
        }

        private void end(Runnable how) {
            try {
                how.run();
            } catch (QuarryException e) {
                throw new TransactionSystemException("Quarry could not end the savepoint: " + e.getMessage(), e);
            } finally {
                ended = true;
            }
        }
    }

    /** What is bound to the thread for one of Quarry's transactions: it, and Spring's rollback-only mark. */
    private static final class Bound {
        final OpenTransaction open;
        boolean rollbackOnly;

        Bound(OpenTransaction open) {
            this.open = open;
        }
    }

    /**
     * Spring's view of the transaction: the bound one, or none yet. Savepoints ({@code NESTED}) are Quarry's
     * ({@link OpenTransaction#savepoint()}).
     */
    private final class TxObject implements SmartTransactionObject, SavepointManager {
        Bound bound;
        boolean newlyBegun;

        TxObject(Bound bound) {
            this.bound = bound;
        }

        void begun(Bound b) {
            bound = b;
            newlyBegun = true;
        }

        @Override
        public boolean isRollbackOnly() {
            return bound != null && bound.rollbackOnly;
        }

        @Override
        public void flush() {
            // nothing is buffered: Quarry runs each statement when it is called
        }

        /**
         * A savepoint of Quarry's transaction ({@link OpenTransaction#savepoint()}), not bare SQL: Quarry then knows
         * it, so {@code tx.afterCommit} callbacks of work inside it are dropped when Spring rolls it back.
         */
        @Override
        public Object createSavepoint() throws TransactionException {
            try {
                return new HeldSavepoint(bound.open.savepoint());
            } catch (QuarryException e) {
                throw new CannotCreateTransactionException("Quarry could not open a savepoint: " + e.getMessage(), e);
            }
        }

        @Override
        public void rollbackToSavepoint(Object savepoint) throws TransactionException {
            ((HeldSavepoint) savepoint).rollback();
        }

        @Override
        public void releaseSavepoint(Object savepoint) throws TransactionException {
            ((HeldSavepoint) savepoint).release();
        }
    }
}
