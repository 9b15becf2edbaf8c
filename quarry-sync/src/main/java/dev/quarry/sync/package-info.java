/**
 * Embedded replicas. {@link dev.quarry.sync.SyncPrimary#install} puts change capture on a PostgreSQL (or same-host
 * SQLite) primary's tables; {@link dev.quarry.sync.Replica#open} keeps a local SQLite file with a copy of them, whose
 * reads are local and which {@link dev.quarry.sync.Replica#sync()} brings up to date from one consistent state of the
 * primary to the next, with row filters, forwarded or offline writes ({@link dev.quarry.sync.ReplicaOptions}).
 * docs/replicas.md says how, what is consistent when, and what is not built yet.
 */
package dev.quarry.sync;
