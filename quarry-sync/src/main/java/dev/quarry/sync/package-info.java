/**
 * Embedded replicas. {@link dev.quarry.sync.SyncPrimary#install} puts change capture on a PostgreSQL primary's
 * tables; {@link dev.quarry.sync.Replica#open} keeps a local SQLite file with a copy of them, whose reads are local and
 * which {@link dev.quarry.sync.Replica#sync()} brings up to date from one consistent state of the primary to the next.
 * docs/replicas.md says how, and what is not built yet.
 */
package dev.quarry.sync;
