package dev.quarry.bench.quarry;

import static dev.quarry.query.Dsl.param;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.JoinRow;
import dev.quarry.bench.model.Workload;
import dev.quarry.query.Prepared;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Quarry through its public API only: hand-written table classes, prepared queries for everything that repeats
 * ({@code select.prepare()} renders once; runs bind new values), and either insert form.
 */
public final class QuarryWorkload implements Workload {

    /** Which of Quarry's two insert forms {@link #insert(List)} uses. */
    public enum InsertForm {
        /** {@code insertInto(T).values(list)}: multi-row INSERT statements. */
        VALUES,
        /** {@code insertInto(T).batch(list)}: one JDBC batch of single-row statements. */
        BATCH
    }

    private static final BenchRowTable R = BenchRowTable.ROW.as("r");
    private static final BenchTagTable T = BenchTagTable.TAG.as("t");

    private final Quarry db;
    private final InsertForm insertForm;
    private final boolean adHoc;
    private final Prepared<BenchRow> findById;
    private final Prepared<BenchRow> readAll;
    private final Prepared<JoinRow> join;

    public QuarryWorkload(BenchDb target, InsertForm insertForm) {
        this(target, insertForm, false);
    }

    /**
     * @param adHoc build and run the point read and the join as a new query per call ({@code fetchOne()} on a
     *              fresh select), as code that does not keep a {@link Prepared} does
     */
    public QuarryWorkload(BenchDb target, InsertForm insertForm, boolean adHoc) {
        this.insertForm = insertForm;
        this.adHoc = adHoc;
        QuarrySettings.Builder settings = QuarrySettings.builder().maxPoolSize(4);
        if (target.user() != null) {
            settings.username(target.user()).password(target.password());
        }
        db = Quarry.open(target.quarryUrl(), settings.build());
        BenchRowTable row = BenchRowTable.ROW;
        findById = db.selectFrom(row).where(row.id.eq(param(row.id))).prepare();
        readAll = db.selectFrom(row).prepare();
        join = db.select(R.id, R.name, R.price, T.label)
                .from(R)
                .join(T).on(T.rowId.eq(R.id))
                .where(T.category.eq(param(T.category)))
                .orderBy(R.id)
                .map(t -> new JoinRow(t.v1(), t.v2(), t.v3(), t.v4()))
                .prepare();
    }

    @Override
    public void insert(List<BenchRow> rows) {
        db.transactionRun(tx -> {
            if (insertForm == InsertForm.VALUES) {
                tx.insertInto(BenchRowTable.INSERT).values(rows).execute();
            } else {
                tx.insertInto(BenchRowTable.INSERT).batch(rows).execute();
            }
        });
    }

    @Override
    public BenchRow findById(long id) {
        if (adHoc) {
            return db.selectFrom(BenchRowTable.ROW).where(BenchRowTable.ROW.id.eq(id)).fetchOne();
        }
        return findById.fetchOne(id);
    }

    @Override
    public List<BenchRow> readAll() {
        return readAll.fetch();
    }

    @Override
    public void update(List<BenchRow> rows) {
        // every non-key column by key, as one JDBC batch of one prepared statement
        db.transactionRun(tx -> tx.update(BenchRowTable.ROW).setRecords(rows).execute());
    }

    @Override
    public List<JoinRow> join(int category) {
        if (adHoc) {
            return db.select(R.id, R.name, R.price, T.label)
                    .from(R)
                    .join(T).on(T.rowId.eq(R.id))
                    .where(T.category.eq(category))
                    .orderBy(R.id)
                    .map(t -> new JoinRow(t.v1(), t.v2(), t.v3(), t.v4()))
                    .fetch();
        }
        return join.fetch(category);
    }

    @Override
    public long stream(Consumer<Object> sink) {
        long n = 0;
        try (Stream<BenchRow> rows = db.selectFrom(BenchRowTable.STREAM).stream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                sink.accept(it.next());
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        db.close();
    }
}
