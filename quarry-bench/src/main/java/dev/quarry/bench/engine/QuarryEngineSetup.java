package dev.quarry.bench.engine;

import static dev.quarry.bench.engine.KvTable.KV;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.BusyException;
import dev.quarry.query.Dsl;
import dev.quarry.query.Prepared;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarry's SQLite engine: one writer behind the in-process lock, three read-only readers (four connections, as the
 * naive pool has), WAL, synchronous=NORMAL, the given busy timeout. Reads run a prepared query; writes the DSL.
 */
final class QuarryEngineSetup implements MixedSetup {
    private final Quarry db;
    private final Prepared<Kv> byId;
    private final boolean fair;

    private QuarryEngineSetup(String url, Duration busyTimeout, boolean fair) {
        this.db = Quarry.open(url, QuarrySettings.builder().readers(3).busyTimeout(busyTimeout)
                .fairWriterLock(fair).build());
        this.byId = db.selectFrom(KV).where(KV.id.eq(Dsl.param(KV.id))).prepare();
        this.fair = fair;
    }

    /** Quarry's defaults. */
    static QuarryEngineSetup defaults(String url, Duration busyTimeout) {
        return new QuarryEngineSetup(url, busyTimeout, false);
    }

    /** With {@code fairWriterLock(true)}: waiting writers served strictly in arrival order. */
    static QuarryEngineSetup fairLock(String url, Duration busyTimeout) {
        return new QuarryEngineSetup(url, busyTimeout, true);
    }

    @Override
    public String name() {
        return fair ? "Quarry engine, fairWriterLock(true)" : "Quarry engine (1 writer + 3 readers, defaults)";
    }

    @Override
    public void fill(int rows) {
        db.schema().create(KV);
        List<Kv> all = new ArrayList<>(rows);
        for (long id = 1; id <= rows; id++) {
            all.add(new Kv(id, "value " + id, 0));
        }
        db.insertInto(KV).values(all).execute();
    }

    @Override
    public boolean read(long id) throws Busy {
        try {
            return byId.fetchOptional(id).isPresent();
        } catch (BusyException e) {
            throw new Busy(e);
        }
    }

    @Override
    public void update(long id, long n) throws Busy {
        try {
            db.update(KV).set(KV.val, "updated " + n).set(KV.n, n).where(KV.id.eq(id)).execute();
        } catch (BusyException e) {
            throw new Busy(e);
        }
    }

    @Override
    public void insert(long id) throws Busy {
        try {
            db.insertInto(KV).values(new Kv(id, "inserted " + id, 0)).execute();
        } catch (BusyException e) {
            throw new Busy(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
