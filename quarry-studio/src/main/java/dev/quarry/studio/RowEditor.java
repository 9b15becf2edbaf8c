package dev.quarry.studio;

import static dev.quarry.query.Dsl.and;

import dev.quarry.Quarry;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Insert;
import dev.quarry.query.Update;
import dev.quarry.schema.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inserts, updates and deletes one row at a time through the DSL, each in a transaction of its own: values are
 * parsed by {@link Values} and bound through their column's codec, so what the DSL refuses (a text too long, a
 * decimal with too many digits) is refused here with the same message, and a constraint the database enforces
 * arrives as Quarry's typed exception ({@code UniqueViolationException}, ...), whose message the page shows. A
 * failed change leaves the data as it was. Stateless; thread-safe.
 */
final class RowEditor {
    private final Quarry db;
    private final Catalog catalog;

    RowEditor(Quarry db, Catalog catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    /** Inserts a row of {@code values} (by column name; a column left out takes its default). */
    void insert(String tableName, Map<String, String> values) {
        DynamicTable table = catalog.table(tableName);
        if (values.isEmpty()) {
            throw new BadRequestException("give at least one value for the new row of '" + tableName + "'");
        }
        db.transactionRun(tx -> {
            Insert<Object[]> insert = null;
            for (Map.Entry<String, String> e : values.entrySet()) {
                Column<Object> c = column(table, e.getKey());
                Object v = Values.parse(c.def(), e.getValue());
                insert = insert == null ? tx.insertInto(table).set(c, v) : insert.set(c, v);
            }
            insert.execute();
        });
    }

    /** Sets {@code values} in the row whose primary key is {@code key}. */
    void update(String tableName, Map<String, String> key, Map<String, String> values) {
        DynamicTable table = catalog.table(tableName);
        if (values.isEmpty()) {
            throw new BadRequestException("nothing to change in the row of '" + tableName + "'");
        }
        Condition where = keyCondition(table, key);
        db.transactionRun(tx -> {
            Update<Object[]> update = tx.update(table);
            for (Map.Entry<String, String> e : values.entrySet()) {
                Column<Object> c = column(table, e.getKey());
                update = update.set(c, Values.parse(c.def(), e.getValue()));
            }
            expectOne(update.where(where).execute(), tableName, key);
        });
    }

    /** Deletes the row whose primary key is {@code key}. */
    void delete(String tableName, Map<String, String> key) {
        DynamicTable table = catalog.table(tableName);
        Condition where = keyCondition(table, key);
        db.transactionRun(tx -> expectOne(tx.deleteFrom(table).where(where).execute(), tableName, key));
    }

    /**
     * The binary value of {@code column} in the row whose primary key is {@code key}.
     *
     * @throws BadRequestException for a column that is not binary, or no such row
     */
    byte[] blob(String tableName, Map<String, String> key, String columnName) {
        DynamicTable table = catalog.table(tableName);
        Column<Object> c = column(table, columnName);
        if (c.type().kind() != SqlType.BYTES) {
            throw new BadRequestException("column '" + columnName + "' of '" + tableName + "' is not binary");
        }
        List<Object> values = db.select(c).from(table).where(keyCondition(table, key)).fetch();
        if (values.isEmpty()) {
            throw new BadRequestException("no row of '" + tableName + "' has the key " + key);
        }
        return values.get(0) == null ? new byte[0] : (byte[]) values.get(0);
    }

    private static Condition keyCondition(DynamicTable table, Map<String, String> key) {
        List<Condition> parts = new ArrayList<>();
        for (Column<?> k : table.primaryKey()) {
            if (!key.containsKey(k.name()) || key.get(k.name()) == null) {
                throw new BadRequestException("the row's key needs a value for '" + k.name() + "'");
            }
            @SuppressWarnings("unchecked")
            Column<Object> c = (Column<Object>) k;
            parts.add(c.eq(Values.parse(c.def(), key.get(k.name()))));
        }
        return and(parts.toArray(Condition[]::new));
    }

    @SuppressWarnings("unchecked")
    private static Column<Object> column(DynamicTable table, String name) {
        int i = table.def().indexOf(name);
        if (i < 0) {
            throw new BadRequestException("table '" + table.name() + "' has no column '" + name + "'");
        }
        return (Column<Object>) table.column(i);
    }

    private static void expectOne(long rows, String table, Map<String, String> key) {
        if (rows != 1) {
            // the transaction rolls back: a key that matched several rows (impossible for a primary key) or none
            throw new BadRequestException("no row of '" + table + "' has the key " + key
                    + " any more: another change removed or re-keyed it; reload the grid");
        }
    }
}
