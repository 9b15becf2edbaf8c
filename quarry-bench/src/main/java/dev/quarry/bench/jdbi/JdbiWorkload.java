package dev.quarry.bench.jdbi;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.JoinRow;
import dev.quarry.bench.model.Workload;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * JDBI 3 fluent API on a HikariCP pool: a handle per unit of work ({@code withHandle} / {@code inTransaction}, as
 * JDBI's guide has it), rows mapped by {@link ConstructorMapper} into the records (snake_case columns matched to
 * record components), writes as {@link PreparedBatch}es flushed every 1,000 rows, streaming with a fetch size in a
 * transaction.
 */
public final class JdbiWorkload implements Workload {
    private static final int BATCH = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private static final String COLUMNS = "id, name, quantity, price, created_at";

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    public JdbiWorkload(BenchDb db) {
        pool = db.pool("jdbi");
        jdbi = Jdbi.create(pool)
                .registerRowMapper(ConstructorMapper.factory(BenchRow.class))
                .registerRowMapper(ConstructorMapper.factory(JoinRow.class));
    }

    @Override
    public void insert(List<BenchRow> rows) {
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO bench_insert (" + COLUMNS
                    + ") VALUES (:id, :name, :quantity, :price, :createdAt)");
            int n = 0;
            for (BenchRow r : rows) {
                batch.bind("id", r.id())
                        .bind("name", r.name())
                        .bind("quantity", r.quantity())
                        .bind("price", r.price())
                        .bind("createdAt", r.createdAt())
                        .add();
                if (++n % BATCH == 0) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    @Override
    public BenchRow findById(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM bench_row WHERE id = :id")
                .bind("id", id)
                .mapTo(BenchRow.class)
                .one());
    }

    @Override
    public List<BenchRow> readAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM bench_row")
                .mapTo(BenchRow.class)
                .list());
    }

    @Override
    public void update(List<BenchRow> rows) {
        jdbi.useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("UPDATE bench_row SET name = :name, quantity = :quantity,"
                    + " price = :price, created_at = :createdAt WHERE id = :id");
            for (BenchRow r : rows) {
                batch.bind("name", r.name())
                        .bind("quantity", r.quantity())
                        .bind("price", r.price())
                        .bind("createdAt", r.createdAt())
                        .bind("id", r.id())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<JoinRow> join(int category) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.id, r.name, r.price, t.label FROM bench_row r"
                        + " JOIN bench_tag t ON t.row_id = r.id WHERE t.category = :category ORDER BY r.id")
                .bind("category", category)
                .mapTo(JoinRow.class)
                .list());
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return jdbi.inTransaction(h -> {
            long n = 0;
            try (Stream<BenchRow> rows = h.createQuery("SELECT " + COLUMNS + " FROM bench_stream")
                    .setFetchSize(FETCH_SIZE)
                    .mapTo(BenchRow.class)
                    .stream()) {
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
