package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * One row of a result, as the engine hands it to a mapper. Indexes are 0-based. Values are decoded by the
 * database's codec for the given type, so a mapper never sees a driver's native representation.
 *
 * <p>Only valid during the mapping call it is passed to; not thread-safe.
 */
public interface Row {

    /** The value at {@code index} as {@code type}, or null for SQL NULL. */
    <T> T get(int index, DataType<T> type);

    /**
     * The text at {@code index} as a {@code STRING} column holds it, or null for SQL NULL: {@code get(index,
     * DataType.STRING)} without the per-value codec lookup, which generated mappers call for their text columns.
     */
    default String getString(int index) {
        return get(index, DataType.STRING);
    }

    /** The {@code long} at {@code index}; 0 for SQL NULL. */
    long getLong(int index);

    /** The {@code int} at {@code index}; 0 for SQL NULL. */
    int getInt(int index);

    /** The {@code short} at {@code index}; 0 for SQL NULL. */
    short getShort(int index);

    /** The {@code double} at {@code index}; 0 for SQL NULL. */
    double getDouble(int index);

    /** The {@code float} at {@code index}; 0 for SQL NULL. */
    float getFloat(int index);

    /** The {@code boolean} at {@code index}; false for SQL NULL. */
    boolean getBoolean(int index);

    /** Whether the value at {@code index} is SQL NULL. */
    boolean isNull(int index);

    /** How many columns the row has. */
    int size();

    /** The result column's label at {@code index}. */
    String columnName(int index);
}
