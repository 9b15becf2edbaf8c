package dev.quarry.bench.narrow;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * JDBI 3 fluent API as in {@code JdbiWorkload}: a handle per unit of work, {@link ConstructorMapper} into the
 * records, {@link PreparedBatch}es flushed every {@code batch} rows, a HikariCP pool.
 */
public final class NarrowJdbi implements NarrowWorkload {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final int batch;

    public NarrowJdbi(BenchDb db, int batch) {
        this.batch = batch;
        pool = db.pool("jdbi");
        jdbi = Jdbi.create(pool)
                .registerRowMapper(ConstructorMapper.factory(User.class))
                .registerRowMapper(ConstructorMapper.factory(UserJoin.class));
    }

    @Override
    public void insert(List<User> rows) {
        jdbi.useTransaction(h -> {
            PreparedBatch b = h.prepareBatch("INSERT INTO users_insert (" + NarrowFixture.COLUMNS
                    + ") VALUES (:id, :name, :email, :age, :createdAt)");
            int n = 0;
            for (User u : rows) {
                b.bind("id", u.id()).bind("name", u.name()).bind("email", u.email()).bind("age", u.age())
                        .bind("createdAt", u.createdAt()).add();
                if (++n % batch == 0) {
                    b.execute();
                }
            }
            if (b.size() > 0) {
                b.execute();
            }
        });
    }

    @Override
    public User findById(int id) {
        return jdbi.withHandle(h -> h.createQuery(NarrowJdbc.FIND.replace("?", ":id")).bind("id", id)
                .mapTo(User.class).one());
    }

    @Override
    public List<User> readAll() {
        return jdbi.withHandle(h -> h.createQuery(NarrowJdbc.ALL).mapTo(User.class).list());
    }

    @Override
    public void update(List<User> rows) {
        jdbi.useTransaction(h -> {
            PreparedBatch b = h.prepareBatch("UPDATE users SET name = :name, email = :email, age = :age,"
                    + " created_at = :createdAt WHERE id = :id");
            int n = 0;
            for (User u : rows) {
                b.bind("name", u.name()).bind("email", u.email()).bind("age", u.age())
                        .bind("createdAt", u.createdAt()).bind("id", u.id()).add();
                if (++n % batch == 0) {
                    b.execute();
                }
            }
            if (b.size() > 0) {
                b.execute();
            }
        });
    }

    @Override
    public List<UserJoin> join(int category) {
        return jdbi.withHandle(h -> h.createQuery(NarrowJdbc.JOIN.replace("?", ":category"))
                .bind("category", category).mapTo(UserJoin.class).list());
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return jdbi.inTransaction(h -> {
            long n = 0;
            try (Stream<User> rows = h.createQuery(NarrowJdbc.STREAM).setFetchSize(NarrowJdbc.FETCH_SIZE)
                    .mapTo(User.class).stream()) {
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
