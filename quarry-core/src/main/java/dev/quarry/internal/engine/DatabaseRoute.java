package dev.quarry.internal.engine;

import dev.quarry.TransactionOptions;
import dev.quarry.error.QuarryException;
import dev.quarry.query.RowMapper;
import java.util.stream.Stream;

/**
 * The route of the database handle's own executor: each statement borrows a connection fit for its access and
 * gives it back. A statement issued on a thread that is running a transaction body of this database joins that
 * transaction instead (see {@link QuarryHandle}). Thread-safe.
 */
final class DatabaseRoute implements Route {
    private static final String STREAM_READ_ONLY = "a stream reads in a read-only transaction of its own";
    private final EngineContext ctx;
    private final WorkGate gate;
    private final ThreadLocal<TransactionScope> current;

    DatabaseRoute(EngineContext ctx, WorkGate gate, ThreadLocal<TransactionScope> current) {
        this.ctx = ctx;
        this.gate = gate;
        this.current = current;
    }

    @Override
    public <T> T run(Access access, boolean knownWrite, boolean atomic, Work<T> work) {
        TransactionScope scope = current.get();
        if (scope != null) {
            return scope.run(access, knownWrite, atomic, work);
        }
        gate.enter();
        Session s = null;
        boolean done = false;
        try {
            T result;
            try (Lease lease = ctx.source().acquire(access)) {
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
        TransactionScope scope = current.get();
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
        return current.get() != null;
    }
}
