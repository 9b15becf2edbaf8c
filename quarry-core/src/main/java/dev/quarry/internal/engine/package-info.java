/**
 * Internal: the engine. Connection sources (the SQLite writer-and-readers engine, a HikariCP pool, a user's
 * DataSource), sessions that bind, run and map, transactions and savepoints, streams, the statement log and events,
 * change notification, background tasks and dedicated connections ({@code PlatformServices}). It reads what the
 * dialect reports of a statement (kind, tables, parameters, a {@code BulkInsert}), never the query tree, and knows
 * databases only through {@code Dialect} and {@code Capabilities}. Nothing here is API: other modules use
 * {@code dev.quarry.spi}.
 *
 * <p>Where the next modules plug in: watched queries subscribe to the {@code ChangeBus} through
 * {@code Platform.subscribe} and poll other processes' writes from a background task; replicas run their sync loop
 * the same way; migrations apply DDL through {@code Database.withConnection}.
 */
package dev.quarry.internal.engine;
