/**
 * Quarry's embedded replicas, built on quarry-core's published API and SPI only: a local SQLite copy of a PostgreSQL
 * (or same-host SQLite) primary that reads locally and syncs incrementally ({@link dev.quarry.sync.Replica}), fed by
 * change capture that {@link dev.quarry.sync.SyncPrimary} installs on the primary.
 */
module dev.quarry.sync {
    requires transitive dev.quarry.core;
    requires org.xerial.sqlitejdbc; // the local file's commit hook (TransactionTokens)

    exports dev.quarry.sync;
}
