package dev.quarry.internal.engine;

import dev.quarry.Isolation;
import dev.quarry.TransactionOptions;
import dev.quarry.TransactionWork;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.RowMapper;
import dev.quarry.spi.ExternalTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One physical transaction on one borrowed connection: its outermost body, its savepoints ({@link TxFrame} per
 * level), the streams opened in it, and the callbacks to run once it has ended. Belongs to the thread that runs
 * its body; every use checks that thread: not thread-safe.
 *
 * <p>How it works: the outermost body and each savepoint body get a {@link TxFrame}. A savepoint is
 * {@code SAVEPOINT quarry_sp_N}; on return it is released and its frame's callbacks move to the parent frame; on a
 * throw (or {@code setRollbackOnly}) it is rolled back to and released, its {@code afterCommit} callbacks dropped and
 * its {@code afterRollback} callbacks kept to run when the whole transaction ends. The outermost frame commits or
 * rolls back; the database handle then gives the connection back (releasing the SQLite writer lock) and only then
 * calls {@link #runCallbacks()}, so user callbacks never run while a lock is held.
 *
 * <p>Joined to a transaction begun outside Quarry ({@link #external}), the outermost frame is itself a savepoint
 * ({@value #EXTERNAL_SAVEPOINT}) of that transaction on its connection, and the callbacks wait for that
 * transaction's end ({@link #externalEnded}).
 */
final class TransactionScope implements Route {
    static final String READ_ONLY_TX = "a read-only transaction cannot write (open it without "
            + "TransactionOptions.READ_ONLY to write)";

    /** The savepoint a scope joined to an external transaction begins with. */
    static final String EXTERNAL_SAVEPOINT = "quarry_tx";

    private final EngineContext ctx;
    final Session session;
    final TransactionOptions options;
    /** The transaction begun outside Quarry this scope is a savepoint of, or null for a transaction of its own. */
    final ExternalTransaction external;
    private final Thread owner = Thread.currentThread();
    private final List<RowStream<?>> streams = new ArrayList<>();
    private final List<Runnable> whenEnded = new ArrayList<>();
    private TxFrame root;
    private TxFrame innermost;
    private int depth;
    private boolean active = true;
    private boolean committed;

    TransactionScope(EngineContext ctx, Session session, TransactionOptions options) {
        this(ctx, session, options, null);
    }

    TransactionScope(EngineContext ctx, Session session, TransactionOptions options, ExternalTransaction external) {
        this.ctx = ctx;
        this.session = session;
        this.options = options;
        this.external = external;
    }

    /** Begins, runs the outermost body, commits (or rolls back on a throw or rollback-only). */
    <T, X extends Exception> T runOutermost(TransactionWork<T, X> work) throws X {
        begin();
        T result;
        try {
            result = work.run(root);
        } catch (Throwable t) {
            end(false, t);
            throw t;
        }
        end(!root.rollbackOnly, null);
        return result;
    }

    /** Begins (a savepoint, when joined to an external transaction) and makes the outermost frame. */
    TxFrame begin() {
        if (external == null) {
            TxSteps.begin(session, options);
        } else {
            session.run("SAVEPOINT " + EXTERNAL_SAVEPOINT, true);
        }
        root = new TxFrame(this, null);
        innermost = root;
        return root;
    }

    /** Ends the outermost frame: commits (releases the savepoint) if {@code commit}, else rolls back (to it). */
    void end(boolean commit, Throwable primary) {
        root.active = false;
        closeStreams(primary);
        active = false;
        if (external != null) {
            endExternalSavepoint(commit, primary);
            return;
        }
        if (!commit) {
            TxSteps.rollback(session, primary);
            return;
        }
        try {
            TxSteps.commit(session);
            committed = true;
        } catch (QuarryException e) {
            TxSteps.rollback(session, e);
            throw e;
        }
    }

    /**
     * Releases the savepoint of a scope joined to an external transaction, or rolls back to it; the transaction
     * itself is its owner's to end.
     */
    private void endExternalSavepoint(boolean release, Throwable primary) {
        try {
            if (!release) {
                session.run("ROLLBACK TO SAVEPOINT " + EXTERNAL_SAVEPOINT, true);
            }
            session.run("RELEASE SAVEPOINT " + EXTERNAL_SAVEPOINT, true);
            committed = release;
        } catch (RuntimeException e) {
            if (primary == null) {
                throw e;
            }
            primary.addSuppressed(e);
        }
    }

    /** Runs {@code work} in a savepoint under {@code parent}. */
    <T, X extends Exception> T nested(TxFrame parent, TransactionOptions o, TransactionWork<T, X> work) throws X {
        check();
        checkNestedOptions(o);
        HeldSavepoint sp = beginSavepoint(parent, " has no savepoints for a nested transaction");
        T result;
        try {
            result = work.run(sp.frame);
        } catch (Throwable t) {
            endSavepoint(sp.frame, sp.outer, sp.name, false, t);
            throw t;
        }
        endSavepoint(sp.frame, sp.outer, sp.name, !sp.frame.rollbackOnly, null);
        return result;
    }

    /**
     * Opens a savepoint ended by a later call ({@link dev.quarry.OpenTransaction#savepoint()}): a frame under the
     * innermost one, as a nested body gets, so bodies and callbacks inside it belong to it.
     */
    HeldSavepoint openSavepoint() {
        return beginSavepoint(innermost, " has no savepoints");
    }

    /** Runs {@code SAVEPOINT quarry_sp_N} and makes a frame under {@code parent} the innermost. */
    private HeldSavepoint beginSavepoint(TxFrame parent, String noSavepoints) {
        check();
        if (!ctx.dialect().capabilities().savepoints()) {
            throw new UnsupportedFeatureException(ctx.dialect().name() + noSavepoints);
        }
        String name = "quarry_sp_" + (++depth);
        TxFrame outer = innermost;
        try {
            session.run("SAVEPOINT " + name, true);
        } catch (RuntimeException e) {
            depth--;
            throw e;
        }
        TxFrame frame = new TxFrame(this, parent);
        innermost = frame;
        return new HeldSavepoint(this, frame, outer, name);
    }

    /** Ends a savepoint {@link #openSavepoint()} opened; it must be the innermost. */
    void endHeldSavepoint(TxFrame frame, TxFrame outer, String name, boolean release) {
        check();
        if (innermost != frame) {
            throw new MisuseException("savepoint " + name + " cannot end while a savepoint opened after it is open; "
                    + "end savepoints in the reverse order of their opening");
        }
        endSavepoint(frame, outer, name, release, null);
    }

    private void checkNestedOptions(TransactionOptions o) {
        if (o.readOnly() && !options.readOnly()) {
            throw new MisuseException("a nested transaction (a savepoint) cannot be read-only inside a read-write "
                    + "transaction; open a separate read-only transaction instead");
        }
        if (o.isolation() != Isolation.DEFAULT && o.isolation() != options.isolation()) {
            throw new MisuseException("a nested transaction (a savepoint) runs at its transaction's isolation ("
                    + options.isolation() + "), not " + o.isolation());
        }
    }

    private void endSavepoint(TxFrame frame, TxFrame outer, String name, boolean release, Throwable primary) {
        frame.active = false;
        innermost = outer;
        depth--;
        try {
            if (release) {
                session.run("RELEASE SAVEPOINT " + name, true);
                frame.moveCallbacksTo(frame.parent);
            } else {
                session.run("ROLLBACK TO SAVEPOINT " + name, true);
                session.run("RELEASE SAVEPOINT " + name, true);
                whenEnded.addAll(frame.afterRollback());
            }
        } catch (RuntimeException e) {
            if (primary == null) {
                throw e;
            }
            primary.addSuppressed(e);
        }
    }

    /** Whether this scope joined {@code tx}: runs on its connection. */
    boolean joins(ExternalTransaction tx) {
        return session.lease.connection == tx.connection();
    }

    /** Whether ending the transaction has callbacks to run. */
    boolean hasCallbacks() {
        return root != null && (!root.afterCommit().isEmpty() || !root.afterRollback().isEmpty()
                || !whenEnded.isEmpty());
    }

    /**
     * Runs the callbacks of a scope joined to an external transaction, now that transaction has ended: the
     * {@code afterCommit} ones only if the savepoint was released and the transaction committed.
     */
    void externalEnded(boolean externalCommitted) {
        committed = committed && externalCommitted;
        runCallbacks();
    }

    /**
     * Runs the callbacks due now the transaction has ended and its connection is given back: {@code afterCommit}
     * ones if it committed, else {@code afterRollback} ones, then those of rolled-back savepoints. All run; a failing
     * one goes to the callback error handler, never to the caller: after a commit, a thrown exception would make the
     * caller believe the transaction failed, and a caller who retries would apply the work twice.
     */
    void runCallbacks() {
        if (root == null) {
            return; // BEGIN itself failed: the body never ran, so no callback was registered
        }
        for (Runnable r : committed ? root.afterCommit() : root.afterRollback()) {
            ctx.callbacks().run(committed ? "afterCommit callback" : "afterRollback callback", r);
        }
        for (Runnable r : whenEnded) {
            ctx.callbacks().run("afterRollback callback of a savepoint", r);
        }
    }

    @Override
    public <T> T run(Access access, boolean knownWrite, boolean atomic, Work<T> work) {
        check();
        if (knownWrite) {
            DatabaseRoute.refuseWriteIfReadOnly(session);
        }
        return work.run(session);
    }

    @Override
    public <R> Stream<R> stream(Plan plan, RowMapper<R> mapper) {
        check();
        if (plan.access != Access.READ) {
            return run(plan.access, false, false, s -> s.fetch(plan, JdbcExecutor.NO_VALUES, mapper, 0)).stream();
        }
        Cursor cursor = Cursor.open(session, plan, JdbcExecutor.NO_VALUES);
        RowStream<R> rows = new RowStream<>(cursor, mapper, cursor::close);
        streams.add(rows);
        return rows.stream();
    }

    private void closeStreams(Throwable primary) {
        for (RowStream<?> s : streams) {
            try {
                s.close();
            } catch (RuntimeException e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                }
            }
        }
        streams.clear();
    }

    /** Fails unless called on the owning thread while the transaction runs. */
    void check() {
        if (Thread.currentThread() != owner) {
            throw new MisuseException("a transaction is used only by the thread running its body (it runs on '"
                    + owner.getName() + "', this is '" + Thread.currentThread().getName() + "')");
        }
        if (!active) {
            throw new MisuseException("the transaction has ended; use it only inside its body");
        }
    }

    /** Whether the transaction committed (known once it has ended). */
    boolean committed() {
        return committed;
    }

    TxFrame innermost() {
        return innermost;
    }

    @Override
    public EngineContext context() {
        return ctx;
    }

    @Override
    public boolean inTransaction() {
        return true;
    }
}
