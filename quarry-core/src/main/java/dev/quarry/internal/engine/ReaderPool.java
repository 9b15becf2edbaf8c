package dev.quarry.internal.engine;

import dev.quarry.error.BusyException;
import dev.quarry.error.QuarryException;
import dev.quarry.spi.ConnectionPoolStats;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The SQLite reader connections, opened read-only, lent one at a time. Thread-safe.
 *
 * <p>How it works: every idle reader sits in a blocking deque; {@link #acquire()} takes the one at the front (waiting
 * up to the acquire timeout if all are lent) and the lease's release puts it back at the front. Last in, first out,
 * so a lightly loaded handle keeps reusing the same reader, whose page cache, prepared statements and memory are
 * warm: handing readers out in turn (a FIFO queue) cost a sequential point read about 250 ns of its ~5 us in CPU time
 * (measured on the narrow benchmark's table, interleaved rounds, issue 14). In WAL mode readers never block
 * the writer or each other (https://sqlite.org/wal.html), so the only wait is for a free connection. Each reader
 * has its own statement cache, used only while it is lent. Waits are counted for metrics only when no reader was
 * idle: taking an idle one reads no clock.
 */
final class ReaderPool {
    private final List<OwnedConnection> all;
    private final LinkedBlockingDeque<OwnedConnection> idle;
    private final Duration timeout;
    private final AtomicInteger pending = new AtomicInteger();
    private final LongAdder waits = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();

    ReaderPool(List<OwnedConnection> readers, Duration timeout) {
        this.all = List.copyOf(readers);
        this.idle = new LinkedBlockingDeque<>(readers);
        this.timeout = timeout;
        for (OwnedConnection reader : all) {
            reader.releaser = lease -> idle.offerFirst(reader);
        }
    }

    /** Lends a reader, waiting up to the acquire timeout. */
    Lease acquire() {
        OwnedConnection reader = idle.poll();
        if (reader == null) {
            reader = await();
        }
        if (reader == null) {
            throw new BusyException("waited " + timeout.toMillis() + " ms for a SQLite reader: all " + all.size()
                    + " are lent (an unclosed stream holds one until closed; raise QuarrySettings.readers or "
                    + "acquireTimeout if the load is expected)", null, null);
        }
        return reader.lease(reader.releaser);
    }

    /** Waits up to the acquire timeout for a reader; null if none came. */
    private OwnedConnection await() {
        pending.incrementAndGet();
        long start = System.nanoTime();
        try {
            return idle.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("interrupted while waiting for a SQLite reader", e);
        } finally {
            pending.decrementAndGet();
            waits.increment();
            waitNanos.add(System.nanoTime() - start);
        }
    }

    int size() {
        return all.size();
    }

    ConnectionPoolStats stats() {
        int size = all.size();
        return new ConnectionPoolStats(ConnectionPoolStats.SQLITE_READERS, size, size - idle.size(), pending.get(),
                waits.sum(), waitNanos.sum());
    }

    int cachedStatements() {
        return all.stream().mapToInt(r -> r.statements.size()).sum();
    }

    void close() {
        all.forEach(OwnedConnection::close);
    }
}
