package dev.quarry.bench.engine;

import dev.quarry.query.Column;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/** The mixed workload's table {@code kv(id, val, n)}, written by hand in the generated shape. */
public final class KvTable extends Table<Kv> {
    static final TableDef DEF = TableDef.builder("kv")
            .column("id", DataType.LONG)
            .column("val", DataType.string(64))
            .column("n", DataType.LONG)
            .primaryKey("id")
            .build();
    public static final KvTable KV = new KvTable(null);

    public final Column<Long> id = column("id", Long.class);
    public final Column<String> val = column("val", String.class);
    public final Column<Long> n = column("n", Long.class);

    private KvTable(String alias) {
        super(DEF, alias);
    }

    @Override
    public KvTable as(String alias) {
        return new KvTable(alias);
    }

    @Override
    public Kv map(Row row, int o) {
        return new Kv(row.getLong(o), row.get(o + 1, val.type()), row.getLong(o + 2));
    }

    @Override
    public Object value(Kv r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.val();
            case 2 -> r.n();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }
}
