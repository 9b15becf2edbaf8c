package dev.quarry.bench.narrow;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM 6.6 as in {@code HibernateWorkload}: a {@code StatelessSession} per operation, JDBC batching of
 * {@code batch} rows, entities for reads, {@code select new} for the join, a HikariCP pool.
 */
public final class NarrowHibernate implements NarrowWorkload {
    private static final String JOIN = "select new dev.quarry.bench.narrow.UserJoin(u.id, u.name, u.email, t.label)"
            + " from UserEntity u join UserTagEntity t on t.userId = u.id where t.category = :category order by u.id";

    private final HikariDataSource pool;
    private final StandardServiceRegistry registry;
    private final SessionFactory factory;
    private final int batch;

    public NarrowHibernate(BenchDb db, int batch) {
        this.batch = batch;
        pool = db.pool("hibernate");
        registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, pool)
                .applySetting(AvailableSettings.DIALECT, switch (db) {
                    case SQLITE -> "org.hibernate.community.dialect.SQLiteDialect";
                    case POSTGRES -> "org.hibernate.dialect.PostgreSQLDialect";
                    case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
                })
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, batch)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        factory = new Configuration()
                .addAnnotatedClass(UserEntity.class)
                .addAnnotatedClass(UserInsertEntity.class)
                .addAnnotatedClass(UserStreamEntity.class)
                .addAnnotatedClass(UserTagEntity.class)
                .buildSessionFactory(registry);
    }

    @Override
    public void insert(List<User> rows) {
        factory.inStatelessTransaction(s -> {
            s.setJdbcBatchSize(batch);
            for (User u : rows) {
                s.insert(new UserInsertEntity(u));
            }
        });
    }

    @Override
    public UserEntity findById(int id) {
        return factory.fromStatelessSession(s -> s.get(UserEntity.class, id));
    }

    @Override
    public List<UserEntity> readAll() {
        return factory.fromStatelessSession(s -> s.createSelectionQuery("from UserEntity", UserEntity.class)
                .getResultList());
    }

    @Override
    public void update(List<User> rows) {
        factory.inStatelessTransaction(s -> {
            s.setJdbcBatchSize(batch);
            for (User u : rows) {
                s.update(new UserEntity(u));
            }
        });
    }

    @Override
    public List<UserJoin> join(int category) {
        return factory.fromStatelessSession(s -> s.createSelectionQuery(JOIN, UserJoin.class)
                .setParameter("category", category).getResultList());
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return factory.fromStatelessTransaction(s -> {
            long n = 0;
            try (Stream<UserStreamEntity> rows = s.createSelectionQuery("from UserStreamEntity",
                    UserStreamEntity.class).setFetchSize(NarrowJdbc.FETCH_SIZE).getResultStream()) {
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
    public User asUser(Object mapped) {
        return ((UserColumns) mapped).toUser();
    }

    @Override
    public void close() {
        factory.close();
        StandardServiceRegistryBuilder.destroy(registry);
        pool.close();
    }
}
