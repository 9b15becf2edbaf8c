package dev.quarry.bench.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.JoinRow;
import dev.quarry.bench.model.Workload;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19 with its DSL (tables and fields declared by name, as without code generation) on a HikariCP pool;
 * rows mapped type-safely with {@code Records.mapping(BenchRow::new)}; writes as batches with bind values
 * ({@code ctx.batch(query).bind(...)}, https://www.jooq.org/doc/3.19/manual/sql-execution/batch-execution/)
 * flushed every 1,000 rows; streaming with {@code fetchSize} inside a transaction.
 */
public final class JooqWorkload implements Workload {
    private static final int BATCH = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private static final Table<Record> ROW = table(name("bench_row"));
    private static final Table<Record> INSERT = table(name("bench_insert"));
    private static final Table<Record> STREAM = table(name("bench_stream"));
    private static final Field<Long> ID = field(name("id"), SQLDataType.BIGINT.notNull());
    private static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR(64).notNull());
    private static final Field<Integer> QUANTITY = field(name("quantity"), SQLDataType.INTEGER.notNull());
    private static final Field<Double> PRICE = field(name("price"), SQLDataType.DOUBLE.notNull());
    private static final Field<Long> CREATED_AT = field(name("created_at"), SQLDataType.BIGINT.notNull());

    private static final Table<Record> R = ROW.as("r");
    private static final Table<Record> T = table(name("bench_tag")).as("t");
    private static final Field<Long> R_ID = field(name("r", "id"), SQLDataType.BIGINT);
    private static final Field<String> R_NAME = field(name("r", "name"), SQLDataType.VARCHAR(64));
    private static final Field<Double> R_PRICE = field(name("r", "price"), SQLDataType.DOUBLE);
    private static final Field<Long> T_ROW_ID = field(name("t", "row_id"), SQLDataType.BIGINT);
    private static final Field<Integer> T_CATEGORY = field(name("t", "category"), SQLDataType.INTEGER);
    private static final Field<String> T_LABEL = field(name("t", "label"), SQLDataType.VARCHAR(64));

    private final HikariDataSource pool;
    private final DSLContext ctx;

    public JooqWorkload(BenchDb db) {
        pool = db.pool("jooq");
        SQLDialect dialect = switch (db) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRES -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
        // Execute logging off, as jOOQ's manual advises for production
        // (https://www.jooq.org/doc/3.19/manual/sql-execution/performance-considerations/).
        ctx = DSL.using(pool, dialect, new Settings().withExecuteLogging(false));
    }

    @Override
    public void insert(List<BenchRow> rows) {
        ctx.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (int from = 0; from < rows.size(); from += BATCH) {
                BatchBindStep batch = tx.batch(tx.insertInto(INSERT, ID, NAME, QUANTITY, PRICE, CREATED_AT)
                        .values((Long) null, null, null, null, null));
                for (BenchRow r : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    batch.bind(r.id(), r.name(), r.quantity(), r.price(), r.createdAt());
                }
                batch.execute();
            }
        });
    }

    @Override
    public BenchRow findById(long id) {
        return ctx.select(ID, NAME, QUANTITY, PRICE, CREATED_AT)
                .from(ROW)
                .where(ID.eq(id))
                .fetchOne(Records.mapping(BenchRow::new));
    }

    @Override
    public List<BenchRow> readAll() {
        return ctx.select(ID, NAME, QUANTITY, PRICE, CREATED_AT)
                .from(ROW)
                .fetch(Records.mapping(BenchRow::new));
    }

    @Override
    public void update(List<BenchRow> rows) {
        ctx.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BatchBindStep batch = tx.batch(tx.update(ROW)
                    .set(NAME, (String) null)
                    .set(QUANTITY, (Integer) null)
                    .set(PRICE, (Double) null)
                    .set(CREATED_AT, (Long) null)
                    .where(ID.eq((Long) null)));
            for (BenchRow r : rows) {
                batch.bind(r.name(), r.quantity(), r.price(), r.createdAt(), r.id());
            }
            batch.execute();
        });
    }

    @Override
    public List<JoinRow> join(int category) {
        return ctx.select(R_ID, R_NAME, R_PRICE, T_LABEL)
                .from(R)
                .join(T).on(T_ROW_ID.eq(R_ID))
                .where(T_CATEGORY.eq(category))
                .orderBy(R_ID)
                .fetch(Records.mapping(JoinRow::new));
    }

    @Override
    public long stream(Consumer<Object> sink) {
        // https://www.jooq.org/doc/3.19/manual/sql-execution/fetching/lazy-fetching-with-streams/
        return ctx.transactionResult(cfg -> {
            long n = 0;
            try (Stream<BenchRow> rows = cfg.dsl().select(ID, NAME, QUANTITY, PRICE, CREATED_AT)
                    .from(STREAM)
                    .fetchSize(FETCH_SIZE)
                    .fetchStream()
                    .map(Records.mapping(BenchRow::new))) {
                var it = rows.iterator();
                while (it.hasNext()) {
                    sink.accept(it.next());
                    n++;
                }
            }
            return n;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
