package dev.quarry.internal.engine;

import dev.quarry.ConnectionAccess;
import dev.quarry.ConnectionWork;
import dev.quarry.SchemaOperations;
import dev.quarry.Transaction;
import dev.quarry.TransactionOptions;
import dev.quarry.TransactionWork;
import dev.quarry.error.MisuseException;
import dev.quarry.query.Executor;
import dev.quarry.query.RowMapper;
import dev.quarry.schema.Identifiers;
import dev.quarry.spi.Capabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@link Transaction} handed to one body: the outermost transaction or one savepoint of it. Its statements
 * run in its {@link TransactionScope}; it keeps its own callbacks and rollback-only mark. Valid during its body, on
 * its thread: not thread-safe.
 */
final class TxFrame implements Transaction, Route {
    private final TransactionScope scope;
    final TxFrame parent;
    private final JdbcExecutor executor = new JdbcExecutor(this);
    private List<Runnable> afterCommit;
    private List<Runnable> afterRollback;
    boolean rollbackOnly;
    boolean active = true;

    TxFrame(TransactionScope scope, TxFrame parent) {
        this.scope = scope;
        this.parent = parent;
    }

    private void check() {
        scope.check();
        if (!active) {
            throw new MisuseException("this nested transaction has ended; use it only inside its body");
        }
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public <T> T run(Access access, boolean knownWrite, boolean atomic, Work<T> work) {
        check();
        return scope.run(access, knownWrite, atomic, work);
    }

    @Override
    public <R> Stream<R> stream(Plan plan, RowMapper<R> mapper) {
        check();
        return scope.stream(plan, mapper);
    }

    @Override
    public EngineContext context() {
        return scope.context();
    }

    @Override
    public boolean inTransaction() {
        return true;
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionWork<T, X> work) throws X {
        return transaction(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionOptions options, TransactionWork<T, X> work) throws X {
        check();
        return scope.nested(this, options, work);
    }

    @Override
    public SchemaOperations schema() {
        return new SchemaRunner(this);
    }

    @Override
    public Capabilities capabilities() {
        return scope.context().dialect().capabilities();
    }

    @Override
    public <T> T withConnection(ConnectionAccess access, ConnectionWork<T> work) {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(work, "work");
        check();
        return LentConnection.run(this, access, work);
    }

    @Override
    public String dialectName() {
        return scope.context().dialect().name();
    }

    @Override
    public String quote(String identifier) {
        return scope.context().dialect().quote(Identifiers.check("identifier", identifier));
    }

    @Override
    public void afterCommit(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        check();
        if (afterCommit == null) {
            afterCommit = new ArrayList<>(2);
        }
        afterCommit.add(callback);
    }

    @Override
    public void afterRollback(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        check();
        if (afterRollback == null) {
            afterRollback = new ArrayList<>(2);
        }
        afterRollback.add(callback);
    }

    @Override
    public void setRollbackOnly() {
        check();
        rollbackOnly = true;
    }

    @Override
    public boolean isReadOnly() {
        return scope.session.isReadOnly();
    }

    List<Runnable> afterCommit() {
        return afterCommit == null ? List.of() : afterCommit;
    }

    List<Runnable> afterRollback() {
        return afterRollback == null ? List.of() : afterRollback;
    }

    /** A released savepoint's callbacks now wait on its parent's outcome. */
    void moveCallbacksTo(TxFrame target) {
        afterCommit().forEach(target::afterCommitUnchecked);
        afterRollback().forEach(target::afterRollbackUnchecked);
    }

    private void afterCommitUnchecked(Runnable r) {
        if (afterCommit == null) {
            afterCommit = new ArrayList<>(2);
        }
        afterCommit.add(r);
    }

    private void afterRollbackUnchecked(Runnable r) {
        if (afterRollback == null) {
            afterRollback = new ArrayList<>(2);
        }
        afterRollback.add(r);
    }

    @Override
    public String toString() {
        return parent == null ? "Transaction" : "Transaction(savepoint)";
    }
}
