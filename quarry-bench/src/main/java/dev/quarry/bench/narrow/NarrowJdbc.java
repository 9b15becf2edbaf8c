package dev.quarry.bench.narrow;

import dev.quarry.bench.model.BenchDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Raw JDBC on one connection held for the trial, in two forms. Cached ({@code cached = true}): every statement
 * prepared once and reused, batches flushed every {@code batch} rows; the baseline every ratio is taken against.
 * Plain: what most hand-written JDBC does, each call prepares its statement in try-with-resources and a batch is
 * executed once at the end. Columns are read by index in both.
 */
public final class NarrowJdbc implements NarrowWorkload {
    static final int FETCH_SIZE = 1_000;
    static final String INSERT = "INSERT INTO users_insert (" + NarrowFixture.COLUMNS + ") VALUES (?, ?, ?, ?, ?)";
    static final String FIND = "SELECT " + NarrowFixture.COLUMNS + " FROM users WHERE id = ?";
    static final String ALL = "SELECT " + NarrowFixture.COLUMNS + " FROM users";
    static final String UPDATE = "UPDATE users SET name = ?, email = ?, age = ?, created_at = ? WHERE id = ?";
    static final String JOIN = "SELECT u.id, u.name, u.email, t.label FROM users u"
            + " JOIN user_tag t ON t.user_id = u.id WHERE t.category = ? ORDER BY u.id";
    static final String STREAM = "SELECT " + NarrowFixture.COLUMNS + " FROM users_stream";

    private final Connection connection;
    private final boolean cached;
    private final int batch;
    private PreparedStatement insert;
    private PreparedStatement find;
    private PreparedStatement all;
    private PreparedStatement update;
    private PreparedStatement join;

    /**
     * @param cached whether statements are prepared once and reused
     * @param batch  rows per {@code executeBatch} (0: one batch of all rows)
     */
    public NarrowJdbc(BenchDb db, boolean cached, int batch) {
        this.cached = cached;
        this.batch = batch;
        try {
            connection = db.connect();
            if (cached) {
                insert = connection.prepareStatement(INSERT);
                find = connection.prepareStatement(FIND);
                all = connection.prepareStatement(ALL);
                update = connection.prepareStatement(UPDATE);
                join = connection.prepareStatement(JOIN);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement statement(PreparedStatement kept, String sql) throws SQLException {
        return cached ? kept : connection.prepareStatement(sql);
    }

    private void done(PreparedStatement ps) throws SQLException {
        if (!cached) {
            ps.close();
        }
    }

    @Override
    public void insert(List<User> rows) {
        try {
            connection.setAutoCommit(false);
            PreparedStatement ps = statement(insert, INSERT);
            int n = 0;
            for (User u : rows) {
                NarrowFixture.bind(ps, u);
                ps.addBatch();
                if (++n == batch) {
                    ps.executeBatch();
                    n = 0;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
            done(ps);
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw rollback(e);
        }
    }

    @Override
    public User findById(int id) {
        try {
            PreparedStatement ps = statement(find, FIND);
            ps.setInt(1, id);
            User u;
            try (ResultSet rs = ps.executeQuery()) {
                u = rs.next() ? NarrowFixture.read(rs) : null;
            }
            done(ps);
            return u;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<User> readAll() {
        try {
            PreparedStatement ps = statement(all, ALL);
            List<User> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(NarrowFixture.read(rs));
                }
            }
            done(ps);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void update(List<User> rows) {
        try {
            connection.setAutoCommit(false);
            PreparedStatement ps = statement(update, UPDATE);
            int n = 0;
            for (User u : rows) {
                ps.setString(1, u.name());
                ps.setString(2, u.email());
                ps.setInt(3, u.age());
                ps.setLong(4, u.createdAt());
                ps.setInt(5, u.id());
                ps.addBatch();
                if (++n == batch) {
                    ps.executeBatch();
                    n = 0;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
            done(ps);
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw rollback(e);
        }
    }

    @Override
    public List<UserJoin> join(int category) {
        try {
            PreparedStatement ps = statement(join, JOIN);
            ps.setInt(1, category);
            List<UserJoin> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new UserJoin(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            done(ps);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long stream(Consumer<Object> sink) {
        // A cursor needs a transaction on PostgreSQL (https://jdbc.postgresql.org/documentation/query/).
        try {
            connection.setAutoCommit(false);
            long n = 0;
            try (PreparedStatement ps = connection.prepareStatement(STREAM)) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(NarrowFixture.read(rs));
                        n++;
                    }
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
            return n;
        } catch (SQLException e) {
            throw rollback(e);
        }
    }

    private IllegalStateException rollback(SQLException e) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
        }
        return new IllegalStateException(e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
