package dev.quarry.bench.narrow;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import java.util.List;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * MyBatis 3 as its guide shows it without Spring: a {@link SqlSessionFactory} over a HikariCP pool, a session per unit
 * of work, the annotated {@link NarrowMyBatisMapper}; writes in a {@link ExecutorType#BATCH} session flushed every
 * {@code batch} rows, reads in an auto-commit session, the stream through a {@link Cursor} in a transaction.
 */
public final class NarrowMyBatis implements NarrowWorkload {
    private final HikariDataSource pool;
    private final SqlSessionFactory sessions;
    private final int batch;

    public NarrowMyBatis(BenchDb db, int batch) {
        this.batch = batch;
        pool = db.pool("mybatis");
        Configuration config = new Configuration(new Environment("bench", new JdbcTransactionFactory(), pool));
        config.addMapper(NarrowMyBatisMapper.class);
        sessions = new SqlSessionFactoryBuilder().build(config);
    }

    @Override
    public void insert(List<User> rows) {
        try (SqlSession s = sessions.openSession(ExecutorType.BATCH)) {
            NarrowMyBatisMapper m = s.getMapper(NarrowMyBatisMapper.class);
            int n = 0;
            for (User u : rows) {
                m.insert(u);
                if (++n % batch == 0) {
                    s.flushStatements();
                }
            }
            s.commit();
        }
    }

    @Override
    public User findById(int id) {
        try (SqlSession s = sessions.openSession(true)) {
            return s.getMapper(NarrowMyBatisMapper.class).find(id);
        }
    }

    @Override
    public List<User> readAll() {
        try (SqlSession s = sessions.openSession(true)) {
            return s.getMapper(NarrowMyBatisMapper.class).all();
        }
    }

    @Override
    public void update(List<User> rows) {
        try (SqlSession s = sessions.openSession(ExecutorType.BATCH)) {
            NarrowMyBatisMapper m = s.getMapper(NarrowMyBatisMapper.class);
            int n = 0;
            for (User u : rows) {
                m.update(u);
                if (++n % batch == 0) {
                    s.flushStatements();
                }
            }
            s.commit();
        }
    }

    @Override
    public List<UserJoin> join(int category) {
        try (SqlSession s = sessions.openSession(true)) {
            return s.getMapper(NarrowMyBatisMapper.class).join(category);
        }
    }

    @Override
    public long stream(Consumer<Object> sink) {
        try (SqlSession s = sessions.openSession(); Cursor<User> rows = s.getMapper(NarrowMyBatisMapper.class).stream()) {
            long n = 0;
            for (User u : rows) {
                sink.accept(u);
                n++;
            }
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
