package dev.quarry.internal.engine;

import dev.quarry.query.RowMapper;
import java.util.stream.Stream;

/**
 * Where the statements of an {@link dev.quarry.query.Executor} run: on connections borrowed per statement from
 * the database ({@link DatabaseRoute}, thread-safe), or inside one transaction ({@link TransactionScope} and its
 * {@link TxFrame}s, confined to the transaction's thread).
 */
interface Route {

    /** Work done on a session. */
    @FunctionalInterface
    interface Work<T> {
        T run(Session session);
    }

    /**
     * Runs {@code work} on a session fit for {@code access}.
     *
     * @param knownWrite whether the statement surely writes (DSL insert/update/delete), so a read-only transaction
     *                   can refuse it before it reaches the database
     * @param atomic     whether {@code work} runs several statements that must commit together (an insert split in
     *                   chunks, a batch)
     */
    <T> T run(Access access, boolean knownWrite, boolean atomic, Work<T> work);

    /** Opens a lazily read stream of {@code plan}'s rows. */
    <R> Stream<R> stream(Plan plan, RowMapper<R> mapper);

    EngineContext context();

    /** Whether statements here run inside a transaction already. */
    boolean inTransaction();
}
