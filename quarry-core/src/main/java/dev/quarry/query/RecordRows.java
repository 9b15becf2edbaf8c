package dev.quarry.query;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The VALUES rows of an insert of records, as a view over the records themselves: a row's {@link Param}s are made
 * only when the row is read, so an insert of 10,000 records holds the records, not 50,000 parameter objects. The
 * engine binds {@link #value} straight from the records; the renderer, which reads rows as expressions, sees
 * ordinary {@code Param}s. Immutable (the record list is copied) and thread-safe.
 */
public final class RecordRows extends AbstractList<List<Expression<?>>> implements RandomAccess {
    private final Table<?> table;
    private final List<?> records;
    private final List<Column<?>> columns;
    private final int[] index;

    RecordRows(Table<?> table, List<?> records, List<Column<?>> columns) {
        this.table = table;
        this.records = List.copyOf(records);
        this.columns = List.copyOf(columns);
        this.index = new int[columns.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = columns.get(i).index();
        }
    }

    /** The value of {@code column} (a position in the insert's column list) in record {@code row}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object value(int row, int column) {
        return ((Table) table).value(records.get(row), index[column]);
    }

    /** How many values a row has. */
    public int width() {
        return index.length;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Expression<?>> get(int row) {
        Expression<?>[] values = new Expression<?>[index.length];
        for (int i = 0; i < values.length; i++) {
            Column c = columns.get(i);
            values[i] = new Param(value(row, i), c.type());
        }
        return Arrays.asList(values);
    }

    @Override
    public int size() {
        return records.size();
    }

    @Override
    public List<List<Expression<?>>> subList(int from, int to) {
        return new RecordRows(table, records.subList(from, to), columns);
    }
}
