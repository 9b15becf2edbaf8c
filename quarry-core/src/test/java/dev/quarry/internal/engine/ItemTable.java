package dev.quarry.internal.engine;

import dev.quarry.query.Column;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/** The engine tests' table, written by hand in the generated shape. */
final class ItemTable extends Table<Item> {
    static final TableDef DEF = TableDef.builder("item")
            .column("id", DataType.LONG)
            .column("name", DataType.STRING)
            .primaryKey("id")
            .build();
    static final ItemTable ITEM = new ItemTable(null);

    final Column<Long> id = column("id", Long.class);
    final Column<String> name = column("name", String.class);

    private ItemTable(String alias) {
        super(DEF, alias);
    }

    @Override
    public ItemTable as(String alias) {
        return new ItemTable(alias);
    }

    @Override
    public Item map(Row row, int o) {
        return new Item(row.getLong(o), row.get(o + 1, DataType.STRING));
    }

    @Override
    public Object value(Item r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.name();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }
}
