package dev.quarry.relation;

import dev.quarry.query.Row;
import dev.quarry.schema.DataType;

/**
 * A {@link Row} over values already read and converted (a {@code selectArray} result), so a table's generated mapper
 * can build its record from the columns of a derived table. A read-only view of the array it is given (not copied),
 * used by one thread.
 */
final class ValuesRow implements Row {
    private final Object[] values;
    private final String[] names;

    ValuesRow(Object[] values, String[] names) {
        this.values = values;
        this.names = names;
    }

    @Override
    public <T> T get(int index, DataType<T> type) {
        return type.cast(values[index]);
    }

    @Override
    public long getLong(int index) {
        return ((Number) values[index]).longValue();
    }

    @Override
    public int getInt(int index) {
        return ((Number) values[index]).intValue();
    }

    @Override
    public short getShort(int index) {
        return ((Number) values[index]).shortValue();
    }

    @Override
    public double getDouble(int index) {
        return ((Number) values[index]).doubleValue();
    }

    @Override
    public float getFloat(int index) {
        return ((Number) values[index]).floatValue();
    }

    @Override
    public boolean getBoolean(int index) {
        return (Boolean) values[index];
    }

    @Override
    public boolean isNull(int index) {
        return values[index] == null;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public String columnName(int index) {
        return names[index];
    }
}
