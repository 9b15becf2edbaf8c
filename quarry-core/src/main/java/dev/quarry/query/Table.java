package dev.quarry.query;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.Identifiers;
import dev.quarry.schema.TableDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of records of type {@code R}: its {@link TableDef}, one typed {@link Column} per component, a row mapper
 * and a value reader. The annotation processor generates a subclass per {@code @Table} record; a subclass may also
 * be written by hand (see {@code docs/schema.md}).
 *
 * <p>A subclass declares its columns as final fields initialised with {@link #column(String, Class)} (or, for the
 * number types, {@link #longColumn(String)}, {@link #intColumn(String)}, {@link #decimalColumn(String)} and
 * {@link #doubleColumn(String)}, whose columns take the literals of their widening rule), in any order,
 * and implements {@link #as(String)}, {@link #map(Row, int)} and {@link #value(Object, int)}. Instances are
 * immutable once constructed and safe to share between threads.
 *
 * @param <R> the record type
 */
public abstract non-sealed class Table<R> implements Selection<R>, FromItem {
    private final TableDef def;
    private final String alias;
    private final Column<?>[] columns;
    private List<Column<?>> columnList;

    /**
     * @param def   the table's definition
     * @param alias the alias this instance stands for in queries, or null for the table itself
     */
    protected Table(TableDef def, String alias) {
        this.def = def;
        this.alias = alias == null ? null : Identifiers.check("alias", alias);
        this.columns = new Column<?>[def.columns().size()];
    }

    /** Creates the column named {@code name}, checking that its type holds {@code javaType} values. */
    @SuppressWarnings("unchecked")
    protected final <T> Column<T> column(String name, Class<T> javaType) {
        int i = def.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("table '" + def.name() + "' has no column '" + name + "'");
        }
        ColumnDef c = def.columns().get(i);
        if (c.type().javaType() != javaType) {
            throw new IllegalArgumentException("column '" + def.name() + "." + name + "' holds "
                    + c.type().javaType().getName() + ", not " + javaType.getName());
        }
        Column<T> column = Column.of(this, i, c, (DataType<T>) c.type());
        columns[i] = column;
        return column;
    }

    /**
     * Creates the {@code long} column named {@code name}: a column that also takes {@code int} values and operands
     * (see {@link LongExpression}).
     */
    protected final LongColumn longColumn(String name) {
        return (LongColumn) column(name, Long.class);
    }

    /** Creates the {@code int} column named {@code name} (see {@link IntExpression}). */
    protected final IntColumn intColumn(String name) {
        return (IntColumn) column(name, Integer.class);
    }

    /**
     * Creates the {@code BigDecimal} column named {@code name}: a column that also takes {@code int} and
     * {@code long} values and operands (see {@link DecimalExpression}).
     */
    protected final DecimalColumn decimalColumn(String name) {
        return (DecimalColumn) column(name, BigDecimal.class);
    }

    /** Creates the {@code double} column named {@code name}: it also takes {@code int} values (see {@link DoubleExpression}). */
    protected final DoubleColumn doubleColumn(String name) {
        return (DoubleColumn) column(name, Double.class);
    }

    /** The table's definition. */
    public final TableDef def() {
        return def;
    }

    /** The table's name in the database. */
    public final String name() {
        return def.name();
    }

    /** The alias of this instance, or null. */
    public final String alias() {
        return alias;
    }

    /** The name that qualifies this table's columns in a query: its alias if it has one, else its name. */
    public final String qualifier() {
        return alias != null ? alias : def.name();
    }

    /** All columns, in definition order. */
    public final List<Column<?>> columns() {
        List<Column<?>> list = columnList;
        if (list == null) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] == null) {
                    throw new IllegalStateException(getClass().getName() + " never declared column '"
                            + def.columns().get(i).name() + "'");
                }
            }
            list = List.of(columns);
            columnList = list;
        }
        return list;
    }

    /** The column at {@code index} in definition order. */
    public final Column<?> column(int index) {
        return columns().get(index);
    }

    /** The primary key's columns, in key order. */
    public final List<Column<?>> primaryKey() {
        List<Column<?>> key = new ArrayList<>(def.primaryKey().size());
        for (String k : def.primaryKey()) {
            key.add(columns().get(def.indexOf(k)));
        }
        return key;
    }

    /** This table under another name, for self-joins: {@code EMPLOYEE.as("manager")}. */
    public abstract Table<R> as(String alias);

    /** Builds a record from {@code row}, whose columns start at {@code offset} in definition order. */
    public abstract R map(Row row, int offset);

    /** The value of column {@code columnIndex} (definition order) of {@code record}, boxed. */
    public abstract Object value(R record, int columnIndex);

    /**
     * Whether the record component of column {@code columnIndex} can never hold null (it is a primitive). Inserts
     * skip the early NOT NULL check of such columns, which would otherwise read and box every primitive of every
     * record once more before binding (18 % of the CPU samples of a 10,000-row batch insert on SQLite, JFR).
     * The processor generates it; the default, false, checks every column.
     */
    public boolean neverNull(int columnIndex) {
        return false;
    }

    /** The values of all columns of {@code record}, in definition order. */
    public final Object[] values(R record) {
        Object[] v = new Object[columns.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = value(record, i);
        }
        return v;
    }

    @Override
    public final int width() {
        return columns.length;
    }

    @Override
    public final R read(Row row, int offset) {
        return map(row, offset);
    }

    @Override
    public String toString() {
        return alias == null ? def.name() : def.name() + " as " + alias;
    }

    @Override
    public String[] columnNames() {
        return Arrays.stream(columns).map(Column::name).toArray(String[]::new);
    }
}
