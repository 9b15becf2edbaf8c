package dev.quarry.internal.engine;

import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.query.RowMapper;
import dev.quarry.spi.ExternalTransaction;
import dev.quarry.spi.ExternalTransactions;
import java.sql.SQLException;
import java.util.stream.Stream;

/**
 * The route of the database handle's own executor: each statement borrows a connection fit for its access and
 * gives it back. A statement issued on a thread that is running a transaction body of this database joins that
 * transaction instead (see {@link QuarryHandle}). With {@link ExternalTransactions} set, a statement on a thread in
 * a transaction begun outside Quarry runs on that transaction's connection, as it is (see
 * {@link #runLent}); without, nothing of it is asked. Thread-safe.
 */
final class DatabaseRoute implements Route {
    private static final String STREAM_READ_ONLY = "a stream reads in a read-only transaction of its own";
    static final String EXTERNAL_READ_ONLY = "the transaction begun outside Quarry that this statement joined is "
            + "read-only";
    private final EngineContext ctx;
    private final WorkGate gate;
    private final ThreadLocal<TransactionScope> current;
    /** The transactions begun outside Quarry that statements join, or null. */
    private final ExternalTransactions external;
    private final SuspendedScopes suspended;

    DatabaseRoute(EngineContext ctx, WorkGate gate, ThreadLocal<TransactionScope> current,
                  SuspendedScopes suspended) {
        this.ctx = ctx;
        this.gate = gate;
        this.current = current;
        this.suspended = suspended;
        this.external = ctx.settings().externalTransactions();
    }

    @Override
    public <T> T run(Access access, boolean knownWrite, boolean atomic, Work<T> work) {
        OuterTransaction outer = OuterTransaction.of(current.get(), external);
        if (outer.lent() != null) {
            return runLent(outer.lent(), knownWrite, work);
        }
        TransactionScope scope = outer.scope();
        if (scope != null) {
            return scope.run(access, knownWrite, atomic, work);
        }
        gate.enter();
        Session s = null;
        boolean done = false;
        try {
            T result;
            try (Lease lease = suspended.acquire(ctx, access)) {
                s = new Session(lease, ctx, null);
                if (access == Access.READ) {
                    result = work.run(s);
                } else if (access == Access.BARE_WRITE
                        || !(atomic || ctx.dialect().transactions().wrapsWrites())) {
                    result = autoCommitWrite(s, work);
                } else {
                    result = TxSteps.inTransaction(s, work);
                }
                done = true;
            } finally {
                if (s != null) {
                    ctx.afterRelease(s, done); // the connection and the SQLite writer are given back by now
                }
            }
            return result;
        } finally {
            gate.exit();
        }
    }

    /**
     * Runs {@code work} on the connection of {@code tx}, a transaction begun outside Quarry: no BEGIN or COMMIT
     * (atomic work is atomic in it), events told at once, the changes published once it commits.
     */
    private <T> T runLent(ExternalTransaction tx, boolean knownWrite, Work<T> work) {
        Session s = null;
        try {
            gate.enter();
            try (Lease lease = lend(tx)) {
                s = new Session(lease, ctx, tx.readOnly() ? EXTERNAL_READ_ONLY : null);
                if (knownWrite) {
                    refuseWriteIfReadOnly(s);
                }
                return work.run(s);
            } finally {
                if (s != null) {
                    ctx.afterExternalUse(s, tx, null);
                }
                gate.exit();
            }
        } finally {
            tx.release();
        }
    }

    /** Refuses a DSL write in a read-only session before it reaches the database. */
    static void refuseWriteIfReadOnly(Session s) {
        if (s.isReadOnly()) {
            throw new MisuseException(s.readOnlyReason() + "; the statement was an INSERT, UPDATE or DELETE");
        }
    }

    /** A lease of {@code tx}'s connection; a failure to prepare it arrives translated. */
    Lease lend(ExternalTransaction tx) {
        try {
            return ctx.source().lend(tx.connection());
        } catch (SQLException e) {
            throw ctx.dialect().translate(e, null);
        }
    }

    /** A write the server commits on its own: a connection lost under it leaves its outcome unknown. */
    private static <T> T autoCommitWrite(Session s, Work<T> work) {
        try {
            return work.run(s);
        } catch (QuarryException e) {
            throw CommitOutcome.ofAutoCommitWrite(e);
        }
    }

    @Override
    public <R> Stream<R> stream(Plan plan, RowMapper<R> mapper) {
        OuterTransaction outer = OuterTransaction.of(current.get(), external);
        if (outer.lent() != null) {
            return streamLent(outer.lent(), plan, mapper);
        }
        TransactionScope scope = outer.scope();
        if (scope != null) {
            return scope.stream(plan, mapper);
        }
        if (plan.access != Access.READ) {
            return run(plan.access, false, false, s -> s.fetch(plan, JdbcExecutor.NO_VALUES, mapper, 0)).stream();
        }
        gate.enter();
        Lease lease = null;
        Session s = null;
        boolean tx = false;
        try {
            lease = ctx.source().acquire(Access.READ);
            // pgjdbc streams only with auto-commit off (https://jdbc.postgresql.org/documentation/query/)
            boolean needsTx = ctx.dialect().capabilities().streamingNeedsTransaction();
            s = new Session(lease, ctx, needsTx ? STREAM_READ_ONLY : null);
            if (needsTx) {
                TxSteps.begin(s, TransactionOptions.READ_ONLY);
                tx = true;
            }
            Cursor cursor = Cursor.open(s, plan, JdbcExecutor.NO_VALUES);
            Session session = s;
            Lease held = lease;
            boolean inTx = tx;
            return new RowStream<>(cursor, mapper, () -> finish(cursor, session, inTx, held)).stream();
        } catch (RuntimeException | Error e) {
            if (tx) {
                TxSteps.rollback(s, e);
            }
            if (lease != null) {
                lease.close();
            }
            if (s != null) {
                ctx.afterRelease(s, false);
            }
            gate.exit();
            throw e;
        }
    }

    /** A stream on the connection of {@code tx}; closing it gives the connection back to {@code tx}. */
    private <R> Stream<R> streamLent(ExternalTransaction tx, Plan plan, RowMapper<R> mapper) {
        if (plan.access != Access.READ) {
            return runLent(tx, false, s -> s.fetch(plan, JdbcExecutor.NO_VALUES, mapper, 0)).stream();
        }
        Lease lease = null;
        Session s = null;
        boolean entered = false;
        try {
            gate.enter();
            entered = true;
            lease = lend(tx);
            s = new Session(lease, ctx, tx.readOnly() ? EXTERNAL_READ_ONLY : null);
            Cursor cursor = Cursor.open(s, plan, JdbcExecutor.NO_VALUES);
            Session session = s;
            Lease held = lease;
            return new RowStream<>(cursor, mapper, () -> {
                try {
                    cursor.close();
                } finally {
                    endLent(tx, session, held);
                }
            }).stream();
        } catch (RuntimeException | Error e) {
            if (lease != null) {
                endLent(tx, s, lease);
            } else {
                tx.release();
                if (entered) {
                    gate.exit();
                }
            }
            throw e;
        }
    }

    private void endLent(ExternalTransaction tx, Session s, Lease lease) {
        try {
            lease.close();
            ctx.afterExternalUse(s, tx, null);
        } finally {
            tx.release();
            gate.exit();
        }
    }

    private void finish(Cursor cursor, Session s, boolean tx, Lease lease) {
        try {
            cursor.close();
        } finally {
            try {
                if (tx) {
                    TxSteps.commit(s);
                }
            } finally {
                lease.close();
                try {
                    ctx.afterRelease(s, false);
                } finally {
                    gate.exit();
                }
            }
        }
    }

    @Override
    public EngineContext context() {
        return ctx;
    }

    @Override
    public boolean inTransaction() {
        OuterTransaction outer = OuterTransaction.of(current.get(), external);
        if (outer.lent() != null) {
            outer.lent().release();
            return true;
        }
        return outer.scope() != null;
    }
}
