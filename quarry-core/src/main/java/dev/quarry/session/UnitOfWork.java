package dev.quarry.session;

import dev.quarry.Database;
import dev.quarry.Transaction;
import dev.quarry.error.MisuseException;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Select;
import dev.quarry.query.SortField;
import dev.quarry.query.Table;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of work in the style of MikroORM's {@code EntityManager}: it keeps the rows it loaded in an identity map
 * (one entry per table and primary key), records what the application does to them, and writes everything in one
 * {@link #flush()}.
 *
 * <pre>{@code
 * UnitOfWork uow = UnitOfWork.of(db);
 * Album album = uow.find(ALBUM, 11L).orElseThrow();
 * uow.update(ALBUM, new Album(album.id(), album.artistId(), "Back in Black (Remastered)", album.year()));
 * uow.persist(TRACK, new Track(106, 11L, 11, "Rock and Roll Ain't Noise Pollution", "Rock"));
 * uow.remove(TRACK, uow.find(TRACK, 105L).orElseThrow());
 * uow.flush();   // one transaction: INSERT track; UPDATE album SET title = ? WHERE id = ?; DELETE track
 * }</pre>
 *
 * <p>Records are immutable, so a change is a new version handed to {@link #update}; the flush compares it column by
 * column with the version loaded and updates only the columns that differ. A flush inserts parents before
 * children, updates, then deletes children before parents (by the foreign keys among the tables involved).
 *
 * <p>Failure: made with {@link #of}, a flush runs in a transaction of its own (a savepoint when the database
 * handed in is itself a transaction); when any statement fails the transaction rolls back, the database is left as
 * it was, the exception (a {@link dev.quarry.error.UniqueViolationException}, say) propagates, and this unit of work
 * keeps every pending change, so the caller may correct the offending record and flush again, or {@link #clear()}.
 * Made with {@link #withoutImplicitTransaction}, a flush opens no transaction: its statements run on the database
 * or transaction given, and a failure leaves the statements before it applied unless the caller rolls back.
 *
 * <p>Not thread-safe: one unit of work belongs to one thread, like the transaction it may run in.
 */
public final class UnitOfWork {
    private final Database db;
    private final boolean implicitTransaction;
    private final Map<RowKey, Entry<?>> entries = new LinkedHashMap<>();
    /** Persisted rows whose key the database generates: no key until flushed, found by identity. */
    private final List<Entry<?>> unkeyed = new ArrayList<>();
    private boolean watchingRollback;
    private String deadReason;

    private UnitOfWork(Database db, boolean implicitTransaction) {
        this.db = Objects.requireNonNull(db, "db");
        this.implicitTransaction = implicitTransaction;
    }

    /** A unit of work on {@code db} whose flushes each run in a transaction of their own. */
    public static UnitOfWork of(Database db) {
        return new UnitOfWork(db, true);
    }

    /**
     * A unit of work whose flushes open no transaction and run their statements on {@code db} as it is (MikroORM's
     * {@code implicitTransactions: false}); hand it a {@link Transaction} the caller manages. A flush that fails
     * half-way leaves its earlier statements applied until the caller rolls back.
     */
    public static UnitOfWork withoutImplicitTransaction(Database db) {
        return new UnitOfWork(db, false);
    }

    // ---- loading ----

    /**
     * The row of {@code table} with primary key {@code key} (one value per key column, of its Java type): this unit
     * of work's version if it holds the row (no statement), else loaded and kept. Empty if there is no such row or
     * it was {@link #remove removed} here.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <R> Optional<R> find(Table<R> table, Object... key) {
        checkAlive();
        RowKey k = RowKey.given(table, key);
        Entry<?> known = entries.get(k);
        if (known != null) {
            return known.state == Entry.State.REMOVED ? Optional.empty() : Optional.of((R) known.current);
        }
        List<Column<?>> pk = table.primaryKey();
        Condition where = null;
        for (int i = 0; i < key.length; i++) {
            Condition eq = ((Column) pk.get(i)).eq(key[i]);
            where = where == null ? eq : where.and(eq);
        }
        return db.selectFrom(table).where(where).fetchOptional().map(r -> manage(table, r));
    }

    /** The rows of {@code table} matching {@code where}, ordered by {@code order}, kept as {@link #attach} keeps. */
    public <R> List<R> findAll(Table<R> table, Condition where, SortField<?>... order) {
        checkAlive();
        return attach(table, db.selectFrom(table).where(where).orderBy(order).fetch());
    }

    /** Runs {@code select} (rows of {@code table}) on this unit of work's database; keeps them as {@link #attach}. */
    public <R> List<R> fetch(Table<R> table, Select<R> select) {
        checkAlive();
        return attach(table, db.fetch(select));
    }

    /**
     * Keeps rows of {@code table} loaded elsewhere (by a {@link dev.quarry.relation.Loader}, say) as loaded, and
     * returns this unit of work's version of each: a row it already holds keeps its version here (changes made
     * through {@link #update} win over what was read), and a row removed here is left out.
     */
    public <R> List<R> attach(Table<R> table, List<? extends R> rows) {
        checkAlive();
        List<R> out = new ArrayList<>(rows.size());
        for (R row : rows) {
            R mine = manage(table, row);
            if (mine != null) {
                out.add(mine);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private <R> R manage(Table<R> table, R row) {
        RowKey key = RowKey.of(table, row);
        Entry<R> known = (Entry<R>) entries.get(key);
        if (known == null) {
            entries.put(key, Entry.loaded(table, row));
            return row;
        }
        return known.state == Entry.State.REMOVED ? null : known.current;
    }

    // ---- changes ----

    /**
     * Records {@code record} as a new row, inserted by the next flush. Where the database generates the key, the
     * stored row (key filled in) is {@link FlushResult#stored(Object)} after the flush. Persisting the key of a row
     * removed here turns the removal into an update to {@code record}.
     *
     * @throws MisuseException when this unit of work already holds a row with that key (use {@link #update})
     */
    @SuppressWarnings("unchecked")
    public <R> void persist(Table<R> table, R record) {
        checkAlive();
        Objects.requireNonNull(record, "record");
        if (generatesKey(table)) {
            if (unkeyed.stream().anyMatch(e -> e.current == record)) {
                throw new MisuseException("this " + table.name() + " record is already persisted: " + record);
            }
            unkeyed.add(Entry.persisted(table, record));
            return;
        }
        RowKey key = RowKey.of(table, record);
        Entry<R> known = (Entry<R>) entries.get(key);
        if (known == null) {
            entries.put(key, Entry.persisted(table, record));
        } else if (known.state == Entry.State.REMOVED) {
            known.state = Entry.State.MANAGED;
            known.current = record;
        } else {
            throw new MisuseException("the row " + key + " is already held by this unit of work; change it with "
                    + "update(...), not persist(...)");
        }
    }

    /**
     * Records {@code newVersion} as the wanted state of the row with its primary key, which this unit of work must
     * hold (loaded or persisted). The flush updates the columns where it differs from the row as loaded.
     *
     * @throws MisuseException when the row is not held here, or was removed
     */
    @SuppressWarnings("unchecked")
    public <R> void update(Table<R> table, R newVersion) {
        checkAlive();
        Objects.requireNonNull(newVersion, "newVersion");
        RowKey key = RowKey.of(table, newVersion);
        Entry<R> known = (Entry<R>) entries.get(key);
        if (known == null) {
            throw new MisuseException("the row " + key + " is not held by this unit of work: load it first (find, "
                    + "findAll, fetch, attach) or persist it" + (generatesKey(table)
                    ? "; a persisted row whose key the database generates is held only after the flush" : ""));
        }
        if (known.state == Entry.State.REMOVED) {
            throw new MisuseException("the row " + key + " was removed in this unit of work; persist it to keep it");
        }
        known.current = newVersion;
    }

    /**
     * Records that the row of {@code record} is to be deleted by the next flush; a row persisted and not flushed
     * yet is simply forgotten (a generated-key one is found by identity: pass the instance given to persist).
     *
     * @throws MisuseException when the row is not held here
     */
    public <R> void remove(Table<R> table, R record) {
        checkAlive();
        Objects.requireNonNull(record, "record");
        if (unkeyed.removeIf(e -> e.current == record)) {
            return;
        }
        RowKey key = RowKey.of(table, record);
        Entry<?> known = entries.get(key);
        if (known == null) {
            throw new MisuseException("the row " + key + " is not held by this unit of work: load it first");
        }
        if (known.state == Entry.State.NEW) {
            entries.remove(key);
        } else {
            known.state = Entry.State.REMOVED;
        }
    }

    /** Whether the next flush would write anything. */
    public boolean hasChanges() {
        return !unkeyed.isEmpty() || entries.values().stream().anyMatch(Entry::isPending);
    }

    /** Forgets every row and every pending change; the unit of work can be used again. */
    public void clear() {
        entries.clear();
        unkeyed.clear();
        deadReason = null;
    }

    // ---- flushing ----

    /**
     * Writes every pending change: inserts (parents first), updates of changed columns, deletes (children first);
     * nothing at all, not even a transaction, when there is no change. See the class comment for what a failure
     * leaves behind.
     */
    public FlushResult flush() {
        checkAlive();
        List<Entry<?>> all = new ArrayList<>(entries.values());
        all.addAll(unkeyed);
        FlushPlan plan = FlushPlan.of(all);
        if (plan.isEmpty()) {
            return FlushResult.NOTHING;
        }
        Map<Entry<?>, Object> stored = implicitTransaction
                ? db.transaction(tx -> FlushStatements.run(tx, plan))
                : FlushStatements.run(db, plan);
        watchCallerRollback();
        Map<Object, Object> persisted = applied(stored);
        return new FlushResult(plan.inserts(), plan.updates(), plan.deletes(), persisted);
    }

    /** Makes the identity map say what the database now holds; the persisted records and their stored rows. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Map<Object, Object> applied(Map<Entry<?>, Object> stored) {
        Map<Object, Object> persisted = new IdentityHashMap<>();
        for (Iterator<Entry<?>> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.state == Entry.State.REMOVED) {
                it.remove();
                continue;
            }
            if (e.state == Entry.State.NEW) {
                Object row = stored.getOrDefault(e, e.current);
                persisted.put(e.current, row);
                e.current = row;
                e.state = Entry.State.MANAGED;
            }
            e.loaded = e.current;
        }
        for (Entry e : unkeyed) {
            Object row = stored.get(e);
            persisted.put(e.current, row);
            entries.put(RowKey.of(e.table, row), Entry.loaded(e.table, row));
        }
        unkeyed.clear();
        return persisted;
    }

    /**
     * Flushed into a transaction the caller holds, the identity map says what that transaction will commit; if it
     * rolls back instead, the map lies, and this unit of work refuses further use rather than write from it.
     */
    private void watchCallerRollback() {
        if (db instanceof Transaction && !watchingRollback) {
            watchingRollback = true;
            ((Transaction) db).afterRollback(() -> deadReason = "the transaction this unit of work flushed into "
                    + "rolled back, so what it holds no longer matches the database; open a new unit of work on a live "
                    + "transaction or database");
        }
    }

    private void checkAlive() {
        if (deadReason != null) {
            throw new MisuseException(deadReason);
        }
    }

    private static boolean generatesKey(Table<?> table) {
        for (String k : table.def().primaryKey()) {
            if (table.def().column(k).generated()) {
                return true;
            }
        }
        return false;
    }
}
