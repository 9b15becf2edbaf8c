package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.MisuseException;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A local SQLite copy of tables of a PostgreSQL primary: reads are local ({@link #local()} is an ordinary
 * {@link Quarry} on the file, watched queries included), and {@link #sync()} brings the copy from one consistent
 * state of the primary to the next. The primary needs change capture on the tables first
 * ({@link SyncPrimary#install}).
 *
 * <pre>{@code
 * SyncPrimary.install(primary, List.of(ARTIST, ALBUM));                  // once, on the primary
 * try (Replica replica = Replica.open(Path.of("replica.db"), primary, List.of(ARTIST, ALBUM))) {
 *     Quarry local = replica.local();
 *     local.selectFrom(ALBUM).fetch();                                   // local reads
 *     replica.sync();                                                    // pull what changed since
 * }
 * }</pre>
 *
 * <p>Opening a new file copies the tables in one snapshot of the primary (the bootstrap); opening it again goes on
 * from where it was. Local writes are not forwarded yet: write to the primary and sync (docs/replicas.md). Sync is
 * one call at a time (callers wait for each other). Thread-safe.
 */
public final class Replica implements AutoCloseable {
    private final Quarry local;
    private final Quarry primary;
    private final List<Table<?>> tables;

    private Replica(Quarry local, Quarry primary, List<Table<?>> tables) {
        this.local = local;
        this.primary = primary;
        this.tables = tables;
    }

    /**
     * Opens (or creates and bootstraps) the replica in {@code file} of {@code tables} of {@code primary}. The
     * replica does not own the primary handle: closing the replica leaves it open.
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if the primary is not PostgreSQL
     * @throws MisuseException if a table has no primary key or no change capture on the primary
     */
    public static Replica open(Path file, Quarry primary, List<? extends Table<?>> tables) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(primary, "primary");
        if (tables.isEmpty()) {
            throw new MisuseException("a replica needs at least one table");
        }
        SyncPrimary.requirePostgres(primary);
        tables.forEach(SyncPrimary::requireKey);
        requireCapture(primary, tables);
        Quarry local = Quarry.open("jdbc:sqlite:" + file.toAbsolutePath(),
                QuarrySettings.builder().foreignKeys(false).build());
        try {
            local.schema().createIfNotExists(tables.toArray(Table<?>[]::new));
            ReplicaState.create(local);
            Replica r = new Replica(local, primary, List.copyOf(tables));
            if (ReplicaState.cursor(local) == null) {
                r.bootstrap();
            }
            return r;
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    private static void requireCapture(Quarry primary, List<? extends Table<?>> tables) {
        for (Table<?> t : tables) {
            String found = primary.sql("SELECT to_regclass(?)::text", primary.quote(CaptureNames.log(t)))
                    .fetch(r -> r.get(0, DataType.STRING)).get(0);
            if (found == null) {
                throw new MisuseException("table " + t.name() + " has no change capture on the primary; install "
                        + "it first with SyncPrimary.install(primary, tables)");
            }
        }
    }

    /** The local database: read it as any Quarry database. Writes to replicated tables are not sent anywhere. */
    public Quarry local() {
        return local;
    }

    /**
     * Brings the local tables to the primary's current state: reads the rows that changed since the last sync in
     * one snapshot of the primary and applies them, with the new cursor, in one local transaction. Watches on the
     * local database see the change when it commits.
     */
    public synchronized SyncResult sync() {
        return LocalApply.apply(local, SnapshotPull.pull(primary, tables, ReplicaState.cursor(local)), false);
    }

    private synchronized void bootstrap() {
        LocalApply.apply(local, SnapshotPull.pull(primary, tables, null), true);
    }

    /** Closes the local database; the primary handle stays open. */
    @Override
    public void close() {
        local.close();
    }

    @Override
    public String toString() {
        return "Replica(" + tables.stream().map(Table::name).toList() + ")";
    }
}
