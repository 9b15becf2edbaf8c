package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The held transactions ({@link HeldTransaction}) each thread has suspended, and the guard that follows from them:
 * on SQLite a suspended read-write transaction keeps the single writer, whose lock is reentrant, so acquiring the
 * writer again on the same thread would lend that same connection, inside that transaction. A write there is
 * refused at once instead: it could not commit on its own (SQLite has one writer, and it is taken), and waiting
 * would be waiting for itself. Spring reaches this with {@code NOT_SUPPORTED} or {@code REQUIRES_NEW} inside a
 * read-write transaction. Thread-safe: the state is per thread.
 */
final class SuspendedScopes {
    private final ThreadLocal<List<TransactionScope>> suspended = new ThreadLocal<>();

    void add(TransactionScope scope) {
        List<TransactionScope> held = suspended.get();
        if (held == null) {
            held = new ArrayList<>(2);
            suspended.set(held);
        }
        held.add(scope);
    }

    void remove(TransactionScope scope) {
        List<TransactionScope> held = suspended.get();
        if (held == null) {
            return;
        }
        held.remove(scope);
        if (held.isEmpty()) {
            suspended.remove();
        }
    }

    /**
     * A connection for {@code access}; for a write, one that no transaction this thread suspended holds.
     *
     * @throws MisuseException if the only connection a write could use is held by a suspended transaction
     */
    Lease acquire(EngineContext ctx, Access access) {
        Lease lease = ctx.source().acquire(access);
        if (access != Access.READ && heldBySuspended(lease)) {
            lease.close();
            throw new MisuseException("this thread suspended a read-write transaction that holds "
                    + ctx.dialect().name() + "'s single writer, so a write outside that transaction would wait for "
                    + "itself (with Spring: propagation NOT_SUPPORTED, or a read-write REQUIRES_NEW, inside a "
                    + "read-write transaction). Write inside it (propagation REQUIRED or NESTED) or after it ends; "
                    + "reads outside it work");
        }
        return lease;
    }

    private boolean heldBySuspended(Lease lease) {
        List<TransactionScope> held = suspended.get();
        return held != null && held.stream().anyMatch(s -> s.session.lease.connection == lease.connection);
    }
}
