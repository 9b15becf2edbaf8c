package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.TransactionWork;
import dev.quarry.error.CommitOutcomeUnknownException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.TransientException;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A local SQLite copy of tables of a PostgreSQL primary (or of a SQLite primary file on the same host): reads are
 * local ({@link #local()} is an ordinary {@link Quarry} on the file, watched queries included), and {@link #sync()}
 * brings the copy from one consistent state of the primary to the next. The primary needs change capture on the tables first
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
 * from where it was; a file of another primary is refused ({@link ReplicaMismatchException}), and one opened with
 * other tables or row filters ({@link ReplicaOptions#where}) is copied again. Writes go to the primary through
 * {@link #write}, which returns once the replica holds them (read-your-writes); with
 * {@link ReplicaOptions#offlineWrites()} every local write is queued instead and pushed, each local transaction
 * applied once on the primary, by the next sync. {@link ReplicaOptions#syncEvery} syncs in the background; without
 * the primary, reads go on locally and syncs fail with the database's typed error until it is back
 * (docs/replicas.md). Sync is one call at a time (callers wait for each other). Thread-safe.
 */
public final class Replica implements AutoCloseable {
    private static final int MAX_SYNCS_FOR_A_WRITE = 5;
    private static final int MAX_PUSH_PULL_ROUNDS = 5;

    private final Quarry local;
    private final Path file;
    private final List<Table<?>> tables;
    private final ReplicaOptions options;
    private final SyncTransport transport;
    private final String shape;

    private Replica(Quarry local, Path file, List<Table<?>> tables, ReplicaOptions options, SyncTransport transport) {
        this.local = local;
        this.file = file;
        this.tables = tables;
        this.options = options;
        this.transport = transport;
        this.shape = tables.stream().map(t -> t.name() + (options.filters().containsKey(t.name())
                ? " WHERE " + options.filters().get(t.name()) : "")).collect(Collectors.joining("; "));
    }

    /**
     * Opens (or creates and bootstraps) the replica in {@code file} of {@code tables} of {@code primary}. The
     * replica does not own the primary handle: closing the replica leaves it open.
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if the primary is neither PostgreSQL nor SQLite
     * @throws MisuseException if a table has no primary key or no change capture on the primary
     * @throws ReplicaMismatchException if the file is a replica of another primary
     */
    public static Replica open(Path file, Quarry primary, List<? extends Table<?>> tables) {
        return open(file, primary, tables, ReplicaOptions.DEFAULTS);
    }

    /** {@link #open(Path, Quarry, List)} with {@code options} (background sync, offline writes, row filters). */
    public static Replica open(Path file, Quarry primary, List<? extends Table<?>> tables, ReplicaOptions options) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(primary, "primary");
        if (tables.isEmpty()) {
            throw new MisuseException("a replica needs at least one table");
        }
        Capture capture = Capture.of(primary);
        tables.forEach(SyncPrimary::requireKey);
        for (String filtered : options.filters().keySet()) {
            if (tables.stream().noneMatch(t -> t.name().equals(filtered))) {
                throw new MisuseException("a row filter names table " + filtered + ", which is not among the "
                        + "replicated tables " + tables.stream().map(Table::name).toList());
            }
        }
        requireCapture(primary, capture, tables);
        Map<String, Table<?>> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        SyncTransport transport = new JdbcTransport(primary, byName, options.resolver());
        return open(file, List.copyOf(tables), options, transport);
    }

    private static Replica open(Path file, List<Table<?>> tables, ReplicaOptions options, SyncTransport transport) {
        QuarrySettings.Builder settings = QuarrySettings.builder().foreignKeys(false);
        if (options.offline()) {
            settings.onConnect(new TransactionTokens());
        }
        Quarry local = Quarry.open("jdbc:sqlite:" + file.toAbsolutePath(), settings.build());
        try {
            ReplicaState.create(local);
            String holds = ReplicaState.get(local, ReplicaState.PRIMARY);
            if (holds != null) {
                String opened = transport.primaryId();
                if (!holds.equals(opened)) {
                    throw new ReplicaMismatchException(file.toString(), holds, opened);
                }
            }
            local.schema().createIfNotExists(tables.toArray(Table<?>[]::new));
            Outbox.install(local, tables, options.offline());
            Replica r = new Replica(local, file, tables, options, transport);
            if (ReplicaState.cursor(local) == null || !r.shape.equals(ReplicaState.get(local, ReplicaState.SHAPE))) {
                r.sync();
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

    private static void requireCapture(Quarry primary, Capture capture, List<? extends Table<?>> tables) {
        for (Table<?> t : tables) {
            if (!capture.captured(primary, t)) {
                throw new MisuseException("table " + t.name() + " has no change capture on the primary; install "
                        + "it first with SyncPrimary.install(primary, tables)");
            }
        }
    }

    /**
     * The local database: read it as any Quarry database. With {@link ReplicaOptions#offlineWrites()}, writes to
     * replicated tables are queued and pushed by the next sync; without, they are not sent anywhere and a later sync
     * overwrites the rows they touched.
     */
    public Quarry local() {
        return local;
    }

    /**
     * Pushes the queued offline writes in order, then brings the local tables to the primary's current state: reads
     * the rows that changed since the last sync in one snapshot of the primary and applies them, with the new cursor,
     * in one local transaction. A write the primary refuses is moved aside ({@link SyncResult#rejected()},
     * {@link #rejectedWrites()}) and the queue goes on. Nothing is pulled while the queue holds writes (the primary
     * unreachable mid-push, say), so pulled rows never overwrite a local write not yet pushed. Watches on the local
     * database see the change when it commits.
     *
     * @throws ReplicaMismatchException if the primary is not the one the file was copied from
     * @throws dev.quarry.error.QuarryException the primary's typed error when it cannot be reached (the file is
     *                                          unchanged, save for writes already acknowledged leaving the queue)
     */
    public synchronized SyncResult sync() {
        List<RejectedWrite> rejected = new ArrayList<>();
        int pushed = 0;
        for (int round = 0; round < MAX_PUSH_PULL_ROUNDS; round++) {
            pushed += pushQueue(rejected);
            // a file copied with other tables or filters is copied again: as if it had no cursor
            String cursor = shape.equals(ReplicaState.get(local, ReplicaState.SHAPE)) ? ReplicaState.cursor(local)
                    : null;
            SnapshotPull.PullRequest request = new SnapshotPull.PullRequest(tables, options.filters(), cursor,
                    ReplicaState.generation(local), Outbox.toReadAgain(local, tables));
            SyncResult applied = transport.pull(request, (pulled, wholeTables) -> {
                requireSamePrimary(pulled);
                return LocalApply.apply(local, pulled, shape, tables, wholeTables);
            });
            if (applied != null) {
                return new SyncResult(applied.upserted(), applied.deleted(), applied.rebootstrapped(), pushed,
                        rejected);
            }
        }
        throw new QuarryException("local writes kept arriving while " + this + " synced " + MAX_PUSH_PULL_ROUNDS
                + " times; they are queued, and the next sync pushes them");
    }

    private void requireSamePrimary(SnapshotPull.Pulled pulled) {
        String holds = ReplicaState.get(local, ReplicaState.PRIMARY);
        if (holds != null && !holds.equals(pulled.primaryId())) {
            throw new ReplicaMismatchException(file.toString(), holds, pulled.primaryId());
        }
    }

    /** Pushes every queued local transaction, oldest first; returns how many the primary acknowledged. */
    private int pushQueue(List<RejectedWrite> rejected) {
        if (Outbox.isEmpty(local)) {
            return 0;
        }
        local.transactionRun(Outbox::seal);
        String client = ReplicaState.get(local, ReplicaState.CLIENT);
        int pushed = 0;
        for (Outbox.Mutation m : Outbox.pending(local, tables)) {
            try {
                transport.push(client, m.id(), m.changes());
            } catch (TransientException | CommitOutcomeUnknownException e) {
                throw e;
            } catch (QuarryException e) {
                Outbox.reject(local, m.id(), e.getMessage());
                RejectedWrite refused = new RejectedWrite(m.id(), m.changes(), e.getMessage());
                rejected.add(refused);
                tell(refused);
                continue;
            }
            CrashPoints.reach(CrashPoints.AFTER_ACK_BEFORE_OUTBOX_DELETE);
            Outbox.acknowledge(local, tables, m.id());
            pushed++;
        }
        return pushed;
    }

    private void tell(RejectedWrite refused) {
        try {
            options.onRejected().accept(refused);
        } catch (RuntimeException e) {
            local.platform().reportCallbackError("rejected-write listener of " + this, e);
        }
    }

    private void syncInBackground() {
        try {
            sync();
        } catch (QuarryException e) {
            local.platform().reportCallbackError("background sync of " + this + " (reads stay local; the next sync "
                    + "tries again)", e);
        }
    }

    /**
     * Writes through the replica. By default, runs {@code work} on the primary in one transaction, then syncs
     * until the replica holds what it committed, so the caller reads its own write locally as soon as this returns;
     * the write's token is its transaction id on PostgreSQL ({@code pg_current_xact_id()}, visible once a sync's
     * snapshot shows it committed), the capture sequence it reached on SQLite (visible once a cursor reaches it).
     * With {@link ReplicaOptions#offlineWrites()}, runs {@code work} in one local transaction, queued as
     * one mutation for the next sync to push; it needs no primary.
     *
     * @throws X whatever {@code work} throws; its transaction is then rolled back and nothing synced or queued
     * @throws dev.quarry.error.QuarryException if the primary fails, or a sync fails after the commit (the write is
     *                                          on the primary then; a later sync brings it)
     */
    public <T, X extends Exception> T write(TransactionWork<T, X> work) throws X {
        Objects.requireNonNull(work, "work");
        if (options.offline()) {
            return local.transaction(work);
        }
        JdbcTransport jdbc = (JdbcTransport) transport;
        Written<T> written = jdbc.primary().transaction(tx -> {
            T result = work.run(tx);
            return new Written<>(result, jdbc.capture().writeToken(tx));
        });
        awaitVisible(jdbc.capture(), written.token());
        return written.result();
    }

    private record Written<T>(T result, String token) {
    }

    /**
     * Syncs until transaction {@code token} is visible in the cursor. The first sync's snapshot is taken after the
     * commit returned, so it shows the write; the loop only guards against a snapshot taken on a lagging server.
     */
    private void awaitVisible(Capture capture, String token) {
        for (int attempt = 0; attempt < MAX_SYNCS_FOR_A_WRITE; attempt++) {
            sync();
            String cursor = ReplicaState.cursor(local);
            if (cursor != null && capture.visible(token, cursor)) {
                return;
            }
        }
        throw new QuarryException("the write (transaction " + token + ") committed on the primary but was not "
                + "visible after " + MAX_SYNCS_FOR_A_WRITE + " syncs; a later sync brings it");
    }

    /** How many local rows written offline wait in the queue for a sync to push them. */
    public long pendingWrites() {
        return local.sql("SELECT count(*) FROM " + Outbox.TABLE).fetch(r -> r.get(0, DataType.LONG)).get(0);
    }

    /** Offline writes the primary refused, oldest first, kept until {@link #clearRejectedWrites()}. */
    public List<RejectedWrite> rejectedWrites() {
        return Outbox.rejected(local, tables);
    }

    /** Forgets the rejected writes (after the application has shown or handled them). */
    public void clearRejectedWrites() {
        Outbox.clearRejected(local, tables);
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
