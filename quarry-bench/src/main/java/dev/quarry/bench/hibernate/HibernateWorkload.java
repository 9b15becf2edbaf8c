package dev.quarry.bench.hibernate;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.JoinRow;
import dev.quarry.bench.model.Workload;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 6.6 on a HikariCP pool, through a {@code StatelessSession} for every operation: no persistence
 * context, so no dirty checking or first-level cache to pay for, which is what Hibernate's guide recommends for
 * bulk work ("Batch processing" / "StatelessSession"). JDBC batching is on ({@code hibernate.jdbc.batch_size} =
 * 1,000, also set on each session); application-assigned ids keep inserts batchable. Reads map to entities; the
 * join projects into a record with {@code select new}.
 */
public final class HibernateWorkload implements Workload {
    private static final int BATCH = 1_000;
    private static final int FETCH_SIZE = 1_000;

    private static final String JOIN = "select new dev.quarry.bench.model.JoinRow(r.id, r.name, r.price, t.label)"
            + " from RowEntity r join TagEntity t on t.rowId = r.id where t.category = :category order by r.id";

    private final HikariDataSource pool;
    private final StandardServiceRegistry registry;
    private final SessionFactory factory;

    public HibernateWorkload(BenchDb db) {
        pool = db.pool("hibernate");
        registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, pool)
                .applySetting(AvailableSettings.DIALECT, switch (db) {
                    case SQLITE -> "org.hibernate.community.dialect.SQLiteDialect";
                    case POSTGRES -> "org.hibernate.dialect.PostgreSQLDialect";
                    case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
                })
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        factory = new Configuration()
                .addAnnotatedClass(RowEntity.class)
                .addAnnotatedClass(InsertRowEntity.class)
                .addAnnotatedClass(StreamRowEntity.class)
                .addAnnotatedClass(TagEntity.class)
                .buildSessionFactory(registry);
    }

    @Override
    public void insert(List<BenchRow> rows) {
        factory.inStatelessTransaction(s -> {
            s.setJdbcBatchSize(BATCH);
            for (BenchRow r : rows) {
                s.insert(new InsertRowEntity(r));
            }
        });
    }

    @Override
    public RowEntity findById(long id) {
        return factory.fromStatelessSession(s -> s.get(RowEntity.class, id));
    }

    @Override
    public List<RowEntity> readAll() {
        return factory.fromStatelessSession(s -> s.createSelectionQuery("from RowEntity", RowEntity.class)
                .getResultList());
    }

    @Override
    public void update(List<BenchRow> rows) {
        factory.inStatelessTransaction(s -> {
            s.setJdbcBatchSize(BATCH);
            for (BenchRow r : rows) {
                s.update(new RowEntity(r));
            }
        });
    }

    @Override
    public List<JoinRow> join(int category) {
        return factory.fromStatelessSession(s -> s.createSelectionQuery(JOIN, JoinRow.class)
                .setParameter("category", category)
                .getResultList());
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return factory.fromStatelessTransaction(s -> {
            long n = 0;
            try (Stream<StreamRowEntity> rows = s.createSelectionQuery("from StreamRowEntity", StreamRowEntity.class)
                    .setFetchSize(FETCH_SIZE)
                    .getResultStream()) {
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
    public BenchRow asRow(Object mapped) {
        return ((RowColumns) mapped).toRow();
    }

    @Override
    public void close() {
        factory.close();
        StandardServiceRegistryBuilder.destroy(registry);
        pool.close();
    }
}
