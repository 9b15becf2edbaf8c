package dev.quarry.bench.sync;

import dev.quarry.bench.model.BenchRow;
import dev.quarry.query.Column;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/**
 * The replicated table of the sync benchmarks, {@code sync_row}: {@link BenchRow}'s five columns, the shape of
 * {@code BenchRowTable} (whose constructor is private to its package), written by hand.
 */
public final class SyncRowTable extends Table<BenchRow> {
    public static final SyncRowTable SYNC_ROW = new SyncRowTable(def("sync_row"), null);

    public final Column<Long> id = column("id", Long.class);
    public final Column<String> name = column("name", String.class);
    public final Column<Integer> quantity = column("quantity", Integer.class);
    public final Column<Double> price = column("price", Double.class);
    public final Column<Long> createdAt = column("created_at", Long.class);

    private SyncRowTable(TableDef def, String alias) {
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
    public SyncRowTable as(String alias) {
        return new SyncRowTable(def(), alias);
    }

    @Override
    public BenchRow map(Row row, int o) {
        return new BenchRow(row.getLong(o), row.get(o + 1, name.type()), row.getInt(o + 2), row.getDouble(o + 3),
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
}
