package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.TransactionWork;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
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
 * from where it was. Writes go to the primary through {@link #write}, which returns once the replica holds them
 * (read-your-writes); writing to the local tables directly is not sent anywhere. {@link ReplicaOptions#syncEvery}
 * syncs in the background; without the primary, reads go on locally and syncs fail with the database's typed error
 * until it is back (docs/replicas.md). Sync is one call at a time (callers wait for each other). Thread-safe.
 */
public final class Replica implements AutoCloseable {
    private static final int MAX_SYNCS_FOR_A_WRITE = 5;

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
        return open(file, primary, tables, ReplicaOptions.DEFAULTS);
    }

    /** {@link #open(Path, Quarry, List)} with {@code options} (background sync). */
    public static Replica open(Path file, Quarry primary, List<? extends Table<?>> tables, ReplicaOptions options) {
        Objects.requireNonNull(options, "options");
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
            if (!options.syncEvery().isZero()) {
                local.platform().startTask("replica-sync", task -> {
                    while (task.await(options.syncEvery())) {
                        r.syncInBackground();
                    }
                });
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
        return LocalApply.apply(local, SnapshotPull.pull(primary, tables, ReplicaState.cursor(local),
                ReplicaState.generation(local)));
    }

    private void syncInBackground() {
        try {
            sync();
        } catch (QuarryException e) {
            local.platform().reportCallbackError("background sync of " + this + " (reads stay local; the next sync "
                    + "tries again)", e);
        }
    }

    private synchronized void bootstrap() {
        LocalApply.apply(local, SnapshotPull.pull(primary, tables, null, null));
    }

    /**
     * Runs {@code work} on the primary in one transaction, then syncs until the replica holds what it committed, so
     * the caller reads its own write locally as soon as this returns. The write's token is its transaction id
     * ({@code pg_current_xact_id()}); it is visible once a sync's snapshot shows it committed.
     *
     * @throws X whatever {@code work} throws; the primary's transaction is then rolled back and nothing synced
     * @throws dev.quarry.error.QuarryException if the primary fails, or a sync fails after the commit (the write is
     *                                          on the primary then; a later sync brings it)
     */
    public <T, X extends Exception> T write(TransactionWork<T, X> work) throws X {
        Objects.requireNonNull(work, "work");
        Written<T> written = primary.transaction(tx -> {
            T result = work.run(tx);
            String token = tx.sql("SELECT pg_current_xact_id()::text").fetch(r -> r.get(0, DataType.STRING)).get(0);
            return new Written<>(result, token);
        });
        awaitVisible(written.token());
        return written.result();
    }

    private record Written<T>(T result, String token) {
    }

    /**
     * Syncs until transaction {@code token} is visible in the cursor. The first sync's snapshot is taken after the
     * commit returned, so it shows the write; the loop only guards against a snapshot taken on a lagging server.
     */
    private void awaitVisible(String token) {
        for (int attempt = 0; attempt < MAX_SYNCS_FOR_A_WRITE; attempt++) {
            sync();
            String cursor = ReplicaState.cursor(local);
            if (cursor != null && SnapshotText.visible(token, cursor)) {
                return;
            }
        }
        throw new QuarryException("the write (transaction " + token + ") committed on the primary but was not "
                + "visible after " + MAX_SYNCS_FOR_A_WRITE + " syncs; a later sync brings it");
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
