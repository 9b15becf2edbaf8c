package dev.quarry.migrate;

import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.DdlOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history of applied migrations, in table {@code quarry_schema_history} of the migrated schema: one row per
 * version with its name, the checksum of the file that ran, when, how long, who, and how far it got. The table is
 * created with the database's own DDL from a {@link TableDef}, like any table. Internal; one instance per run, on
 * one connection.
 */
final class History {
    static final String TABLE = "quarry_schema_history";
    static final String APPLIED = "applied";
    static final String RUNNING = "running";

    static final TableDef DEF = TableDef.builder(TABLE)
            .column("version", DataType.INT)
            .column("name", DataType.string(100))
            .column("checksum", DataType.string(64))
            .column("applied_at", DataType.string(40))
            .column("duration_ms", DataType.LONG)
            .column("applied_by", DataType.string(100))
            .column("state", DataType.string(20))
            .column("statements_done", DataType.INT)
            .column("statements_total", DataType.INT)
            .primaryKey("version")
            .build();

    /**
     * One row.
     *
     * @param version        the version
     * @param name           its name
     * @param checksum       SHA-256 of the up file as it ran
     * @param state          {@link #APPLIED}, or {@link #RUNNING} while a database without transactional DDL runs it
     *                       (a row left so says the run stopped part-way)
     * @param statementsDone how many of its statements ran
     * @param statementsTotal how many it has
     */
    record Row(int version, String name, String checksum, String state, int statementsDone, int statementsTotal) {
    }

    private final Connection c;
    private final DdlOperations ddl;
    private final String table;

    History(Connection c, DdlOperations ddl) {
        this.c = c;
        this.ddl = ddl;
        this.table = ddl.quote(TABLE);
    }

    void create() throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : ddl.createTable(DEF, true)) {
                s.execute(sql);
            }
        }
    }

    Map<Integer, Row> rows() throws SQLException {
        Map<Integer, Row> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, name, checksum, state, statements_done, statements_total"
                     + " FROM " + table)) {
            while (rs.next()) {
                out.put(rs.getInt(1), new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6)));
            }
        }
        return out;
    }

    void insert(Row row, long durationMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (version, name, checksum, applied_at,"
                + " duration_ms, applied_by, state, statements_done, statements_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, row.version());
            ps.setString(2, row.name());
            ps.setString(3, row.checksum());
            ps.setString(4, Instant.now().toString());
            ps.setLong(5, durationMillis);
            ps.setString(6, who());
            ps.setString(7, row.state());
            ps.setInt(8, row.statementsDone());
            ps.setInt(9, row.statementsTotal());
            ps.executeUpdate();
        }
    }

    void progress(int version, int done, String state, long durationMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET statements_done = ?, state = ?,"
                + " duration_ms = ? WHERE version = ?")) {
            ps.setInt(1, done);
            ps.setString(2, state);
            ps.setLong(3, durationMillis);
            ps.setInt(4, version);
            ps.executeUpdate();
        }
    }

    void delete(int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE version = ?")) {
            ps.setInt(1, version);
            ps.executeUpdate();
        }
    }

    private static String who() {
        String user = System.getProperty("user.name", "unknown");
        return user.length() > 100 ? user.substring(0, 100) : user;
    }
}
