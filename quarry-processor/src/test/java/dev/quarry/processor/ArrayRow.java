package dev.quarry.processor;

import dev.quarry.query.Row;
import dev.quarry.schema.DataType;

/** A {@link Row} over an array of already-decoded values, as a test's stand-in for the engine. */
final class ArrayRow implements Row {
    private final Object[] values;

    ArrayRow(Object... values) {
        this.values = values;
    }

    @Override
    public <T> T get(int index, DataType<T> type) {
        return type.cast(values[index]);
    }

    @Override
    public long getLong(int index) {
        return values[index] == null ? 0 : ((Number) values[index]).longValue();
    }

    @Override
    public int getInt(int index) {
        return values[index] == null ? 0 : ((Number) values[index]).intValue();
    }

    @Override
    public short getShort(int index) {
        return values[index] == null ? 0 : ((Number) values[index]).shortValue();
    }

    @Override
    public double getDouble(int index) {
        return values[index] == null ? 0 : ((Number) values[index]).doubleValue();
    }

    @Override
    public float getFloat(int index) {
        return values[index] == null ? 0 : ((Number) values[index]).floatValue();
    }

    @Override
    public boolean getBoolean(int index) {
        return values[index] != null && (Boolean) values[index];
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
        return "c" + index;
    }
}
