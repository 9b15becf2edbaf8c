package dev.quarry.bench.quarry;

import dev.quarry.query.Column;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/** The {@code bench_tag} table, written by hand like {@link BenchRowTable}. */
public final class BenchTagTable extends Table<BenchTagTable.Tag> {
    static final TableDef DEF = TableDef.builder("bench_tag")
            .column("id", DataType.LONG)
            .column("row_id", DataType.LONG)
            .column("category", DataType.INT)
            .column("label", DataType.string(64))
            .primaryKey("id")
            .index("bench_tag_category_idx", "category")
            .build();

    public static final BenchTagTable TAG = new BenchTagTable(null);

    public final Column<Long> id = column("id", Long.class);
    public final Column<Long> rowId = column("row_id", Long.class);
    public final Column<Integer> category = column("category", Integer.class);
    public final Column<String> label = column("label", String.class);

    /**
     * One tag.
     *
     * @param id       its key
     * @param rowId    the tagged {@code bench_row}
     * @param category its category, 0..99
     * @param label    its text
     */
    public record Tag(long id, long rowId, int category, String label) {
    }

    private BenchTagTable(String alias) {
        super(DEF, alias);
    }

    @Override
    public BenchTagTable as(String alias) {
        return new BenchTagTable(alias);
    }

    @Override
    public Tag map(Row row, int o) {
        return new Tag(row.getLong(o), row.getLong(o + 1), row.getInt(o + 2), row.getString(o + 3));
    }

    @Override
    public Object value(Tag r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.rowId();
            case 2 -> r.category();
            case 3 -> r.label();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }

    @Override
    public boolean neverNull(int column) {
        return switch (column) {
            case 0, 1, 2 -> true;
            default -> false;
        };
    }
}
