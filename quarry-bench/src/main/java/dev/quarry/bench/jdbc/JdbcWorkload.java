package dev.quarry.bench.jdbc;

import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.BenchRow;
import dev.quarry.bench.model.JoinRow;
import dev.quarry.bench.model.Workload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Raw JDBC as an expert writes it: one connection held for the trial, every statement prepared once and reused,
 * batches flushed every {@value #BATCH} rows, columns read by index, a fetch size for streaming (pgjdbc and
 * MariaDB otherwise read the whole result into memory). The baseline every ratio is taken against.
 */
public final class JdbcWorkload implements Workload {
    static final int BATCH = 1_000;
    static final int FETCH_SIZE = 1_000;

    private static final String COLUMNS = "id, name, quantity, price, created_at";

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement findById;
    private final PreparedStatement readAll;
    private final PreparedStatement update;
    private final PreparedStatement join;

    public JdbcWorkload(BenchDb db) {
        try {
            connection = db.connect();
            insert = connection.prepareStatement(
                    "INSERT INTO bench_insert (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)");
            findById = connection.prepareStatement("SELECT " + COLUMNS + " FROM bench_row WHERE id = ?");
            readAll = connection.prepareStatement("SELECT " + COLUMNS + " FROM bench_row");
            update = connection.prepareStatement(
                    "UPDATE bench_row SET name = ?, quantity = ?, price = ?, created_at = ? WHERE id = ?");
            join = connection.prepareStatement("SELECT r.id, r.name, r.price, t.label FROM bench_row r"
                    + " JOIN bench_tag t ON t.row_id = r.id WHERE t.category = ? ORDER BY r.id");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void insert(List<BenchRow> rows) {
        try {
            connection.setAutoCommit(false);
            int n = 0;
            for (BenchRow r : rows) {
                insert.setLong(1, r.id());
                insert.setString(2, r.name());
                insert.setInt(3, r.quantity());
                insert.setDouble(4, r.price());
                insert.setLong(5, r.createdAt());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw rollback(e);
        }
    }

    @Override
    public BenchRow findById(long id) {
        try {
            findById.setLong(1, id);
            try (ResultSet rs = findById.executeQuery()) {
                return rs.next() ? row(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<BenchRow> readAll() {
        try (ResultSet rs = readAll.executeQuery()) {
            List<BenchRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void update(List<BenchRow> rows) {
        try {
            connection.setAutoCommit(false);
            int n = 0;
            for (BenchRow r : rows) {
                update.setString(1, r.name());
                update.setInt(2, r.quantity());
                update.setDouble(3, r.price());
                update.setLong(4, r.createdAt());
                update.setLong(5, r.id());
                update.addBatch();
                if (++n % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw rollback(e);
        }
    }

    @Override
    public List<JoinRow> join(int category) {
        try {
            join.setInt(1, category);
            try (ResultSet rs = join.executeQuery()) {
                List<JoinRow> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new JoinRow(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getString(4)));
                }
                return rows;
            }
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
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM bench_stream")) {
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(row(rs));
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

    private static BenchRow row(ResultSet rs) throws SQLException {
        return new BenchRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4), rs.getLong(5));
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
            connection.close(); // closes its statements
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
