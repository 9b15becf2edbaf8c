/**
 * Watched queries: a query's result that is emitted again after every committed change to a table it reads,
 * whoever made the change. {@link dev.quarry.Quarry#watch(dev.quarry.query.Select)} gives a {@link Watch}, a
 * {@link java.util.concurrent.Flow.Publisher} with a plain callback form ({@link Watch#listen}); a
 * {@link LiveQuery} watches what the DSL alone cannot describe (a prepared query, hand-written SQL, a relation load);
 * {@link WatchOptions} tunes one watch. The semantics and the change sources of each database are in docs/watch.md.
 */
package dev.quarry.watch;
