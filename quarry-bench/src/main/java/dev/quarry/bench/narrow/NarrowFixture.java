package dev.quarry.bench.narrow;

import dev.quarry.bench.model.BenchDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Creates and fills the narrow tables with raw JDBC, the same data for every variant:
 * <ul>
 *   <li>{@code users(id int primary key, name, email, age int, created_at bigint)}: {@value #ROWS} rows
 *       {@link User#of(int)}, keys 1..{@value #ROWS};</li>
 *   <li>{@code user_tag}: one tag per user ({@code user_id = id}), {@code category = id % }{@value #CATEGORIES},
 *       indexed, so a category joins 100 users;</li>
 *   <li>{@code users_insert}: empty, the insert benchmark's target;</li>
 *   <li>{@code users_stream}: {@value #STREAM_ROWS} rows, kept between trials when complete.</li>
 * </ul>
 */
public final class NarrowFixture {
    public static final int ROWS = 10_000;
    public static final int CATEGORIES = 100;
    public static final int UPDATE_ROWS = 1_000;
    public static final int STREAM_ROWS = 200_000;
    public static final long SEED = 20_261_207L;
    static final String COLUMNS = "id, name, email, age, created_at";

    private final BenchDb db;

    public NarrowFixture(BenchDb db) {
        this.db = db;
    }

    /** The fixed-seed generator of the keys every variant reads and writes. */
    public static SplittableRandom random() {
        return new SplittableRandom(SEED);
    }

    /** Users {@code User.of(1..count)}. */
    public static List<User> users(int count) {
        List<User> rows = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            rows.add(User.of(id));
        }
        return rows;
    }

    /** The expected result of {@link NarrowWorkload#join(int)}. */
    public static List<UserJoin> expectedJoin(int category) {
        List<UserJoin> rows = new ArrayList<>();
        for (int id = 1; id <= ROWS; id++) {
            if (id % CATEGORIES == category) {
                User u = User.of(id);
                rows.add(new UserJoin(u.id(), u.name(), u.email(), label(id)));
            }
        }
        return rows;
    }

    private static String label(int id) {
        return "tag-" + id;
    }

    /** (Re)creates the small tables and fills them; with {@code stream}, makes sure {@code users_stream} is full. */
    public void prepare(boolean stream) {
        try {
            createSchema();
            try (Connection c = db.connect()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    for (String t : List.of("user_tag", "users", "users_insert")) {
                        s.execute("DROP TABLE IF EXISTS " + t);
                    }
                    s.execute(userTable("users"));
                    s.execute(userTable("users_insert"));
                    s.execute("CREATE TABLE user_tag (id " + intType() + " PRIMARY KEY, user_id " + intType()
                            + " NOT NULL, category " + intType() + " NOT NULL, label " + db.type(String.class)
                            + " NOT NULL)");
                    s.execute("CREATE INDEX user_tag_category_idx ON user_tag (category)");
                }
                fill(c, "users", ROWS);
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO user_tag (id, user_id, category, label) VALUES (?, ?, ?, ?)")) {
                    for (int id = 1; id <= ROWS; id++) {
                        ps.setInt(1, id);
                        ps.setInt(2, id);
                        ps.setInt(3, id % CATEGORIES);
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
                try (Statement s = c.createStatement()) {
                    s.execute(db == BenchDb.MARIADB ? "ANALYZE TABLE users, user_tag" : "ANALYZE");
                    settle(s);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the narrow " + db + " fixture: " + e.getMessage(), e);
        }
    }

    /**
     * Writes out what the fixture wrote, so every trial starts from the same state and no variant pays for the
     * fixture's own writes: on SQLite the WAL is checkpointed and emptied (a variant that writes would otherwise
     * meet the checkpoint at a point that depends on what ran before it), on PostgreSQL a checkpoint is taken (the
     * benchmark user is a superuser). MariaDB has no statement for it; InnoDB flushes in the background.
     */
    private void settle(Statement s) throws SQLException {
        switch (db) {
            case SQLITE -> s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            case POSTGRES -> s.execute("CHECKPOINT");
            case MARIADB -> { }
        }
    }

    private String intType() {
        return db.type(int.class);
    }

    private String userTable(String name) {
        return "CREATE TABLE " + name + " (id " + intType() + " PRIMARY KEY, name " + db.type(String.class)
                + " NOT NULL, email " + db.type(String.class) + " NOT NULL, age " + intType()
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
            try (ResultSet rs = s.executeQuery("SELECT count(*), max(id) FROM users_stream")) {
                rs.next();
                if (rs.getLong(1) == STREAM_ROWS && rs.getLong(2) == STREAM_ROWS) {
                    return;
                }
            } catch (SQLException missing) {
                c.rollback(); // PostgreSQL aborts the transaction on the error
            }
            s.execute("DROP TABLE IF EXISTS users_stream");
            s.execute(userTable("users_stream"));
        }
        fill(c, "users_stream", STREAM_ROWS);
        c.commit();
    }

    private static void fill(Connection c, String table, int count) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                bind(ps, User.of(id));
                ps.addBatch();
                if (id % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static void bind(PreparedStatement ps, User u) throws SQLException {
        ps.setInt(1, u.id());
        ps.setString(2, u.name());
        ps.setString(3, u.email());
        ps.setInt(4, u.age());
        ps.setLong(5, u.createdAt());
    }

    static User read(ResultSet rs) throws SQLException {
        return new User(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getLong(5));
    }

    /** Empties {@code users_insert}: run between insert invocations. */
    public void clearInserted(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(db.truncate("users_insert"));
        }
    }

    /** The rows of {@code table} by key, read with plain JDBC. */
    public static List<User> readTable(Connection c, String table) throws SQLException {
        List<User> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                rows.add(read(rs));
            }
        }
        return rows;
    }
}
