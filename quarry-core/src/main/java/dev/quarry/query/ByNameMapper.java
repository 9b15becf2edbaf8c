package dev.quarry.query;

import dev.quarry.schema.DataType;

/**
 * Maps rows of hand-written SQL to a table's records by column name (case-insensitive), resolving the positions
 * once, on the first row. One instance per result: not thread-safe.
 */
final class ByNameMapper<R> implements RowMapper<R> {
    private final Table<R> table;
    private int[] positions;

    ByNameMapper(Table<R> table) {
        this.table = table;
    }

    @Override
    public R map(Row row) {
        if (positions == null) {
            positions = resolve(row);
        }
        return table.map(new ReorderedRow(row, positions), 0);
    }

    private int[] resolve(Row row) {
        int[] p = new int[table.width()];
        for (int c = 0; c < p.length; c++) {
            String name = table.def().columns().get(c).name();
            p[c] = -1;
            for (int i = 0; i < row.size(); i++) {
                if (row.columnName(i).equalsIgnoreCase(name)) {
                    p[c] = i;
                    break;
                }
            }
            if (p[c] < 0) {
                throw new IllegalArgumentException("the result has no column '" + name + "' for table '"
                        + table.name() + "'");
            }
        }
        return p;
    }

    /** A row whose column {@code i} is column {@code positions[i]} of another. */
    private record ReorderedRow(Row row, int[] positions) implements Row {
        @Override
        public <T> T get(int index, DataType<T> type) {
            return row.get(positions[index], type);
        }

        @Override
        public long getLong(int index) {
            return row.getLong(positions[index]);
        }

        @Override
        public int getInt(int index) {
            return row.getInt(positions[index]);
        }

        @Override
        public short getShort(int index) {
            return row.getShort(positions[index]);
        }

        @Override
        public double getDouble(int index) {
            return row.getDouble(positions[index]);
        }

        @Override
        public float getFloat(int index) {
            return row.getFloat(positions[index]);
        }

        @Override
        public boolean getBoolean(int index) {
            return row.getBoolean(positions[index]);
        }

        @Override
        public boolean isNull(int index) {
            return row.isNull(positions[index]);
        }

        @Override
        public int size() {
            return positions.length;
        }

        @Override
        public String columnName(int index) {
            return row.columnName(positions[index]);
        }
    }
}
