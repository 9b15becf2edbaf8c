package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-column table for values of one type, written and read through the codec under test with plain JDBC.
 * Not thread-safe.
 */
public final class ValueTable {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final Scratch scratch;
    private final DataType<?> type;
    private final TypeCodec codec;
    private final String name;
    private int nextId;

    private ValueTable(Scratch scratch, DataType<?> type, String name) {
        this.scratch = scratch;
        this.type = type;
        this.codec = scratch.db().codecs().get(type.kind());
        this.name = name;
    }

    /** Creates a new table for {@code type} values in {@code scratch}. */
    public static ValueTable create(Scratch scratch, DataType<?> type) throws SQLException {
        String name = "vt_" + type.kind().name().toLowerCase(java.util.Locale.ROOT) + "_" + TABLES.incrementAndGet();
        scratch.execute("CREATE TABLE " + name + " (id INTEGER PRIMARY KEY, v " + scratch.db().columnType(type) + ")");
        return new ValueTable(scratch, type, name);
    }

    /** Writes {@code value} (null for SQL NULL) as a new row through the codec; returns the row's id. */
    public int write(Object value) throws SQLException {
        int id = ++nextId;
        try (PreparedStatement ps = scratch.connection().prepareStatement(
                "INSERT INTO " + name + " (id, v) VALUES (?, ?)")) {
            ps.setInt(1, id);
            if (value == null) {
                codec.bindNull(ps, 2, type);
            } else {
                codec.bind(ps, 2, value, type);
            }
            ps.executeUpdate();
        }
        return id;
    }

    /** Inserts the raw SQL literal {@code literal} as a new row, bypassing the codec; returns the row's id. */
    public int writeRaw(String literal) throws SQLException {
        int id = ++nextId;
        scratch.execute("INSERT INTO " + name + " (id, v) VALUES (" + id + ", " + literal + ")");
        return id;
    }

    /** Reads row {@code id} through the codec. */
    public Object read(int id) throws SQLException {
        try (PreparedStatement ps = scratch.connection().prepareStatement("SELECT v FROM " + name + " WHERE id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no row " + id + " in " + name);
                }
                return codec.read(rs, 1, type);
            }
        }
    }

    /** Writes then reads {@code value}. */
    public Object roundTrip(Object value) throws SQLException {
        return read(write(value));
    }

    /** How many rows the table holds. */
    public long rows() throws SQLException {
        return scratch.count("SELECT COUNT(*) FROM " + name);
    }

    /** The table's name. */
    public String name() {
        return name;
    }
}
