/**
 * The API an application holds: {@link dev.quarry.Quarry} (open, query, transactions, close), its settings, the
 * transaction types and the listener and callback interfaces. The DSL is in {@code dev.quarry.query}, the schema
 * model in {@code dev.quarry.schema}, the typed errors in {@code dev.quarry.error}; what modules build on is in
 * {@code dev.quarry.spi}. The facade finds its engine through {@link dev.quarry.QuarryEngine.Factory}, never by name.
 */
package dev.quarry;
