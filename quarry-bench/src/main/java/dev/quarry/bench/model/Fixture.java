package dev.quarry.bench.model;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creates and fills the benchmark tables with raw JDBC, the same data for every library:
 * <ul>
 *   <li>{@code bench_row}: {@value #ROWS} rows {@link BenchRow#of(long)}, keys 1..{@value #ROWS};</li>
 *   <li>{@code bench_tag}: one tag per row ({@code row_id = id}), {@code category = id % }{@value #CATEGORIES},
 *       indexed, so each category joins {@value #ROWS}/{@value #CATEGORIES} = 100 rows;</li>
 *   <li>{@code bench_insert}: empty, the insert benchmark's target;</li>
 *   <li>{@code bench_stream}: {@value #STREAM_ROWS} rows, kept between trials when already complete (filling it
 *       takes seconds on a server).</li>
 * </ul>
 * Random keys come from {@link #random()}, a fixed-seed generator, so every library reads the same keys.
 */
public final class Fixture {
    public static final int ROWS = 10_000;
    public static final int CATEGORIES = 100;
    public static final int UPDATE_ROWS = 1_000;
    public static final int STREAM_ROWS = 1_000_000;
    public static final long SEED = 20_240_601L;

    private static final String COLUMNS = "id, name, quantity, price, created_at";

    private final BenchDb db;

    public Fixture(BenchDb db) {
        this.db = db;
    }

    public BenchDb db() {
        return db;
    }

    /** The fixed-seed generator of the keys every library reads and writes. */
    public static SplittableRandom random() {
        return new SplittableRandom(SEED);
    }

    /** Rows {@code BenchRow.of(1..count)}. */
    public static List<BenchRow> rows(int count) {
        List<BenchRow> rows = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            rows.add(BenchRow.of(id));
        }
        return rows;
    }

    /** The expected result of {@link Workload#join(int)}. */
    public static List<JoinRow> expectedJoin(int category) {
        List<JoinRow> rows = new ArrayList<>();
        for (long id = 1; id <= ROWS; id++) {
            if (id % CATEGORIES == category) {
                BenchRow r = BenchRow.of(id);
                rows.add(new JoinRow(r.id(), r.name(), r.price(), label(id)));
            }
        }
        return rows;
    }

    private static String label(long tagId) {
        return "label-" + tagId;
    }

    /** (Re)creates the small tables and fills them; with {@code stream}, makes sure {@code bench_stream} is full. */
    public void prepare(boolean stream) {
        try {
            createSchema();
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    for (String t : List.of("bench_tag", "bench_row", "bench_insert")) {
                        s.execute("DROP TABLE IF EXISTS " + t);
                    }
                    s.execute(rowTable("bench_row"));
                    s.execute(rowTable("bench_insert"));
                    s.execute("CREATE TABLE bench_tag (id " + db.type(long.class) + " PRIMARY KEY, row_id "
                            + db.type(long.class) + " NOT NULL, category " + db.type(int.class) + " NOT NULL, label "
                            + db.type(String.class) + " NOT NULL)");
                    s.execute("CREATE INDEX bench_tag_category_idx ON bench_tag (category)");
                }
                fill(c, "bench_row", ROWS);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO bench_tag (id, row_id, category, label) VALUES (?, ?, ?, ?)")) {
                    for (long id = 1; id <= ROWS; id++) {
                        ps.setLong(1, id);
                        ps.setLong(2, id);
                        ps.setInt(3, (int) (id % CATEGORIES));
                        ps.setString(4, label(id));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
                if (stream) {
                    ensureStreamTable(c);
                }
                c.setAutoCommit(true);
                analyze(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the " + db + " fixture: " + e.getMessage(), e);
        }
    }

    private String rowTable(String name) {
        return "CREATE TABLE " + name + " (id " + db.type(long.class) + " PRIMARY KEY, name " + db.type(String.class)
                + " NOT NULL, quantity " + db.type(int.class) + " NOT NULL, price " + db.type(double.class)
                + " NOT NULL, created_at " + db.type(long.class) + " NOT NULL)";
    }

    private void createSchema() throws SQLException {
        if (db == BenchDb.SQLITE) {
            return;
        }
        try (Connection c = db.connectServer(); Statement s = c.createStatement()) {
            s.execute(db == BenchDb.POSTGRES ? "CREATE SCHEMA IF NOT EXISTS " + BenchDb.SCHEMA
                    : "CREATE DATABASE IF NOT EXISTS " + BenchDb.SCHEMA);
        }
    }

    private void ensureStreamTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT count(*), max(id) FROM bench_stream")) {
                rs.next();
                if (rs.getLong(1) == STREAM_ROWS && rs.getLong(2) == STREAM_ROWS) {
                    return;
                }
            } catch (SQLException missing) {
                c.rollback(); // PostgreSQL aborts the transaction on the error
            }
            s.execute("DROP TABLE IF EXISTS bench_stream");
            s.execute(rowTable("bench_stream"));
        }
        fill(c, "bench_stream", STREAM_ROWS);
        c.commit();
    }

    private void fill(Connection c, String table, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            for (long id = 1; id <= count; id++) {
                bind(ps, BenchRow.of(id));
                ps.addBatch();
                if (id % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void analyze(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (db) {
                case SQLITE -> s.execute("ANALYZE");
                case POSTGRES -> s.execute("ANALYZE");
                case MARIADB -> s.execute("ANALYZE TABLE bench_row, bench_tag");
            }
        }
    }

    private static void bind(PreparedStatement ps, BenchRow r) throws SQLException {
        ps.setLong(1, r.id());
        ps.setString(2, r.name());
        ps.setInt(3, r.quantity());
        ps.setDouble(4, r.price());
        ps.setLong(5, r.createdAt());
    }

    /** Empties {@code bench_insert}: run between insert benchmark invocations. */
    public void clearInserted(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(db.truncate("bench_insert"));
        }
    }

    /** The rows of {@code table} with keys in {@code [from, to]}, by key, read with plain JDBC. */
    public static List<BenchRow> read(Connection c, String table, long from, long to) throws SQLException {
        List<BenchRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM " + table + " WHERE id BETWEEN ? AND ? ORDER BY id")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new BenchRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4),
                            rs.getLong(5)));
                }
            }
        }
        return rows;
    }
}
