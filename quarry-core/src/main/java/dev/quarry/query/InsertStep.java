package dev.quarry.query;

import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.schema.ColumnDef;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code INSERT INTO table}, waiting for what to insert: records, column values, or a select.
 *
 * @param <R> the table's record type
 */
public final class InsertStep<R> {
    private final Table<R> table;
    private final Executor executor;

    InsertStep(Table<R> table, Executor executor) {
        this.table = table;
        this.executor = executor;
    }

    /** Inserts one record; a generated key column is left to the database. */
    public Insert<R> values(R record) {
        return values(List.of(record));
    }

    /**
     * Inserts records in one multi-row statement (split into chunks of at most 1,000 rows, fewer when the database's
     * parameter limit needs it), in one transaction; generated key columns are left to the database. On PostgreSQL
     * and MariaDB, whose drivers take it faster, an insert that returns nothing and has no ON CONFLICT clause runs as
     * {@link #batch(List)} does: the same rows, atomicity and errors.
     */
    public Insert<R> values(List<? extends R> records) {
        return records(records, false);
    }

    /**
     * Inserts records as one JDBC batch of single-row statements, flushed every 1,000 rows, in one transaction. On
     * SQLite, whose driver runs a batch row by row, this is the multi-row insert of {@link #values(List)}: the same
     * rows, the same atomicity and errors, with less work per row.
     */
    public Insert<R> batch(List<? extends R> records) {
        return records(records, true);
    }

    private Insert<R> records(List<? extends R> records, boolean batch) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no records to insert into '" + table.name() + "'");
        }
        List<Column<?>> columns = new ArrayList<>();
        List<Column<?>> generated = new ArrayList<>();
        List<Column<?>> mayBeNull = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            (c.def().generated() ? generated : columns).add(c);
            ColumnDef def = c.def();
            if (!def.generated() && !def.nullable() && def.defaultValue() == null && !table.neverNull(c.index())) {
                mayBeNull.add(c);
            }
        }
        for (R r : records) {
            checkNotNull(r, mayBeNull);
            if (!generated.isEmpty()) {
                checkGeneratedUnset(r, generated);
            }
        }
        RecordRows rows = new RecordRows(table, records, columns);
        return new Insert<>(table, new InsertQuery(table, columns, rows, null, null, List.of(), batch), executor);
    }

    /**
     * Fails early, before any row is written, on a null the column cannot take and has no default for; {@code columns}
     * are the NOT NULL columns without a default whose component may be null.
     */
    private void checkNotNull(R record, List<Column<?>> columns) {
        for (Column<?> c : columns) {
            ColumnDef def = c.def();
            if (table.value(record, c.index()) == null) {
                throw new NotNullViolationException("A NULL was given for NOT NULL column " + table.name() + "."
                        + def.name() + " (the record's component is null and the column has no default); nothing "
                        + "was written.", null, null, null, def.name());
            }
        }
    }

    /**
     * Refuses a record whose generated key is set: the database assigns that key, so the insert leaves the column
     * out, and a set value would be silently dropped (the row stored under another key than the caller wrote).
     * Unset is 0 for an {@code int}/{@code long} component and null for a boxed one.
     */
    private void checkGeneratedUnset(R record, List<Column<?>> generated) {
        for (Column<?> c : generated) {
            Object key = table.value(record, c.index());
            if (key != null && ((Number) key).longValue() != 0) {
                throw new MisuseException("the record's generated key " + table.name() + "." + c.def().name()
                        + " is set, but the database assigns it and the insert would leave it out: give 0 (or null)"
                        + " to have one assigned, or insert the key with insertInto(" + table.name()
                        + ").set(...), which writes the columns it is given");
            }
        }
    }

    /** Starts a row of column values: {@code insertInto(T).set(T.a, 1).set(T.b, "x")}. */
    public <T> Insert<R> set(Column<T> column, T value) {
        return set(column, column.param(value));
    }

    /** Starts a row of column values, {@code column} taking an expression's value. */
    public <T> Insert<R> set(Column<T> column, Expression<T> value) {
        List<List<Expression<?>>> rows = List.of(List.of(value));
        return new Insert<>(table, new InsertQuery(table, List.of(column), rows, null, null, List.of(), false),
                executor);
    }

    /** A column value with an {@code int} for a {@code long} column (see {@link LongExpression}). */
    public Insert<R> set(LongColumn column, Integer value) {
        return set(column, Widening.toLong(value));
    }

    /** A column value with an {@code int} for a decimal column. */
    public Insert<R> set(DecimalColumn column, Integer value) {
        return set(column, Widening.toDecimal(value));
    }

    /** A column value with a {@code long} for a decimal column. */
    public Insert<R> set(DecimalColumn column, Long value) {
        return set(column, Widening.toDecimal(value));
    }

    /** A column value with an {@code int} for a {@code double} column. */
    public Insert<R> set(DoubleColumn column, Integer value) {
        return set(column, Widening.toDouble(value));
    }

    /** Names the columns an INSERT ... SELECT fills. */
    public InsertSelectStep<R> columns(Column<?>... columns) {
        return new InsertSelectStep<>(table, List.of(columns), executor);
    }

    /**
     * INSERT ... SELECT, waiting for its select.
     *
     * @param <R> the table's record type
     */
    public static final class InsertSelectStep<R> {
        private final Table<R> table;
        private final List<Column<?>> columns;
        private final Executor executor;

        InsertSelectStep(Table<R> table, List<Column<?>> columns, Executor executor) {
            this.table = table;
            this.columns = columns;
            this.executor = executor;
        }

        /** Inserts the rows {@code select} returns; it must select one expression per named column. */
        public Insert<R> select(Select<?> select) {
            if (select.query().width() != columns.size()) {
                throw new IllegalArgumentException("the select returns " + select.query().width()
                        + " columns for " + columns.size() + " inserted columns");
            }
            return new Insert<>(table, new InsertQuery(table, columns, List.of(), select.query(), null,
                    List.of(), false), executor);
        }
    }
}
