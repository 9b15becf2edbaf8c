package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A table {@code (id, v)} for values of one type: created by Quarry from its definition, so {@code v} has the column
 * type Quarry's DDL gives the type on the store's database; written and read through the codec under test with
 * plain JDBC. Not thread-safe.
 */
final class ValueTable {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final ValueStore store;
    private final DataType<?> type;
    private final TypeCodec codec;
    private final String name;
    private int nextId;

    private ValueTable(ValueStore store, DataType<?> type, String name) {
        this.store = store;
        this.type = type;
        this.codec = store.codecs().get(type.kind());
        this.name = name;
    }

    /** Creates a new table for {@code type} values in {@code store}. */
    static ValueTable create(ValueStore store, DataType<?> type) throws SQLException {
        String name = "vt_" + type.kind().name().toLowerCase(Locale.ROOT) + "_" + TABLES.incrementAndGet();
        store.create(new Definition(TableDef.builder(name)
                .column("id", DataType.INT)
                .nullableColumn("v", type)
                .primaryKey("id")
                .build()));
        return new ValueTable(store, type, name);
    }

    /** Writes {@code value} (null for SQL NULL) as a new row through the codec; returns the row's id. */
    public int write(Object value) throws SQLException {
        int id = ++nextId;
        try (PreparedStatement ps = store.connection().prepareStatement(
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
        store.execute("INSERT INTO " + name + " (id, v) VALUES (" + id + ", " + literal + ")");
        return id;
    }

    /** Reads row {@code id} through the codec. */
    public Object read(int id) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT v FROM " + name + " WHERE id = ?")) {
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
        return store.count("SELECT COUNT(*) FROM " + name);
    }

    /** The table's name. */
    public String name() {
        return name;
    }

    /**
     * The table as Quarry sees it, for {@code db.schema().create}: the tests write and read its rows with JDBC, so
     * rows are plain arrays.
     */
    private static final class Definition extends Table<Object[]> {
        Definition(TableDef def) {
            this(def, null);
        }

        private Definition(TableDef def, String alias) {
            super(def, alias);
            column("id", Integer.class);
            column("v", def.column("v").type().javaType());
        }

        @Override
        public Table<Object[]> as(String alias) {
            return new Definition(def(), alias);
        }

        @Override
        public Object[] map(Row row, int offset) {
            return new Object[] {row.get(offset, DataType.INT), row.get(offset + 1, def().column("v").type())};
        }

        @Override
        public Object value(Object[] record, int columnIndex) {
            return record[columnIndex];
        }
    }
}
