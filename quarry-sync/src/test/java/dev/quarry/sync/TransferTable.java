package dev.quarry.sync;

import dev.quarry.query.LongColumn;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/**
 * A journal of transfers between accounts, written by hand (no annotation processor in this module's tests): the
 * consistency tests write one row per transfer in the transaction that moves the money, so a replica at a consistent
 * cut has, per account, balance = initial + transfers in - transfers out.
 */
final class TransferTable extends Table<TransferTable.Transfer> {
    record Transfer(long id, long source, long target, long amount) {
    }

    static final TableDef DEF = TableDef.builder("transfer")
            .column("id", DataType.LONG)
            .column("source", DataType.LONG)
            .column("target", DataType.LONG)
            .column("amount", DataType.LONG)
            .primaryKey("id")
            .build();

    static final TransferTable TRANSFER = new TransferTable(null);

    final LongColumn id = longColumn("id");
    final LongColumn source = longColumn("source");
    final LongColumn target = longColumn("target");
    final LongColumn amount = longColumn("amount");

    private TransferTable(String alias) {
        super(DEF, alias);
    }

    @Override
    public TransferTable as(String alias) {
        return new TransferTable(alias);
    }

    @Override
    public Transfer map(Row row, int o) {
        return new Transfer(row.getLong(o), row.getLong(o + 1), row.getLong(o + 2), row.getLong(o + 3));
    }

    @Override
    public Object value(Transfer r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.source();
            case 2 -> r.target();
            case 3 -> r.amount();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }
}
