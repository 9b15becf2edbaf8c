package dev.quarry.bench.quarry;

import dev.quarry.bench.model.BenchRow;
import dev.quarry.query.Column;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/**
 * A table of {@link BenchRow}s, written by hand in the shape Quarry's processor generates (see
 * {@code quarry-core/src/test/java/dev/quarry/fixtures/ArtistTable.java}), so the benchmarks do not depend on the
 * processor. Three tables share the shape: {@link #ROW}, {@link #INSERT} and {@link #STREAM}.
 */
public final class BenchRowTable extends Table<BenchRow> {
    public static final BenchRowTable ROW = new BenchRowTable(def("bench_row"), null);
    public static final BenchRowTable INSERT = new BenchRowTable(def("bench_insert"), null);
    public static final BenchRowTable STREAM = new BenchRowTable(def("bench_stream"), null);

    public final Column<Long> id = column("id", Long.class);
    public final Column<String> name = column("name", String.class);
    public final Column<Integer> quantity = column("quantity", Integer.class);
    public final Column<Double> price = column("price", Double.class);
    public final Column<Long> createdAt = column("created_at", Long.class);

    private BenchRowTable(TableDef def, String alias) {
        super(def, alias);
    }

    private static TableDef def(String name) {
        return TableDef.builder(name)
                .column("id", DataType.LONG)
                .column("name", DataType.string(64))
                .column("quantity", DataType.INT)
                .column("price", DataType.DOUBLE)
                .column("created_at", DataType.LONG)
                .primaryKey("id")
                .build();
    }

    @Override
    public BenchRowTable as(String alias) {
        return new BenchRowTable(def(), alias);
    }

    @Override
    public BenchRow map(Row row, int o) {
        return new BenchRow(row.getLong(o), row.getString(o + 1), row.getInt(o + 2), row.getDouble(o + 3),
                row.getLong(o + 4));
    }

    @Override
    public Object value(BenchRow r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.name();
            case 2 -> r.quantity();
            case 3 -> r.price();
            case 4 -> r.createdAt();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }

    @Override
    public boolean neverNull(int column) {
        return switch (column) {
            case 0, 2, 3, 4 -> true;
            default -> false;
        };
    }
}
