package dev.quarry.studio;

import static dev.quarry.query.Dsl.and;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.falseCondition;
import static dev.quarry.query.Dsl.or;
import static dev.quarry.query.Dsl.trueCondition;

import dev.quarry.query.QueryFactory;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.Select;
import dev.quarry.query.SortField;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid's page as DSL queries: the filters, an order that is total (the sort column, then the primary key), and
 * keyset pagination: the next page is the rows after the last row shown, by that order, so page 1,000 costs what
 * page 1 costs (an offset would read and skip every row before it). NULL sorts as the smallest value: first when
 * ascending, last when descending, on every database (MariaDB, which has no {@code NULLS FIRST}, gets the DSL's
 * emulation).
 *
 * <p>Stateless apart from its request; not shared between threads.
 */
final class PageQuery {
    private final DynamicTable table;
    private final PageRequest request;
    private final List<Column<?>> order;

    PageQuery(Catalog catalog, PageRequest request) {
        this.table = catalog.table(request.table());
        this.request = request;
        this.order = new ArrayList<>();
        if (request.sort() != null) {
            int i = table.def().indexOf(request.sort());
            if (i < 0) {
                throw new BadRequestException("table '" + table.name() + "' has no column '" + request.sort() + "'");
            }
            order.add(table.column(i));
        }
        for (Column<?> k : table.primaryKey()) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
    }

    DynamicTable table() {
        return table;
    }

    /** The columns that order the rows, sort column first; a row's cursor holds their values in this order. */
    List<Column<?>> order() {
        return order;
    }

    /** Every row that passes the filters, in the grid's order, from the cursor on. */
    Select<Object[]> rows(QueryFactory db) {
        List<Condition> where = filters();
        if (!request.after().isEmpty()) {
            where.add(after());
        }
        return db.selectFrom(table).where(where.toArray(Condition[]::new)).orderBy(sortFields());
    }

    /** How many rows pass the filters. */
    long total(QueryFactory db) {
        return db.select(count()).from(table).where(filters().toArray(Condition[]::new)).fetchOne();
    }

    /**
     * The page: at most {@code size} rows, the cursor of the next page when there are more, and the count of rows that
     * pass the filters when {@code withTotal} (-1 without: the page keeps the count it has when it only turns a page,
     * which spares a {@code count(*)} over the whole table per page).
     */
    Page page(QueryFactory db, int size, boolean withTotal) {
        List<Object[]> rows = rows(db).limit(size + 1L).fetch();
        List<String> next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            next = cursor(rows.get(size - 1));
        }
        return new Page(table, order, rows, next, withTotal ? total(db) : -1);
    }

    /** The cursor that starts the page after {@code row}. */
    List<String> cursor(Object[] row) {
        List<String> c = new ArrayList<>(order.size());
        for (Column<?> k : order) {
            c.add(Values.text(row[k.index()]));
        }
        return c;
    }

    private List<Condition> filters() {
        List<Condition> out = new ArrayList<>();
        for (Filter f : request.filters()) {
            out.add(f.condition(table));
        }
        return out;
    }

    private SortField<?>[] sortFields() {
        SortField<?>[] fields = new SortField<?>[order.size()];
        for (int i = 0; i < fields.length; i++) {
            Column<?> c = order.get(i);
            if (!c.def().nullable()) {
                // no NULLS clause where there is no NULL: PostgreSQL's index order is ASC NULLS LAST, so an explicit
                // NULLS FIRST would make it sort every row instead of reading the index
                fields[i] = request.descending() ? c.desc() : c.asc();
            } else {
                fields[i] = request.descending() ? c.desc().nullsLast() : c.asc().nullsFirst();
            }
        }
        return fields;
    }

    /**
     * The rows after the cursor in the grid's order: (k1 after v1) or (k1 = v1 and ((k2 after v2) or ...)), with
     * NULL as the smallest value of the sort column; the last key alone is a plain comparison that an index serves
     * (SQLite does not use an index for {@code k > ? OR (k = ? AND 1 = 0)}). Every value is bound.
     */
    private Condition after() {
        List<String> cursor = request.after();
        if (cursor.size() != order.size()) {
            throw new BadRequestException("the page cursor has " + cursor.size() + " values; this order needs "
                    + order.size() + ": reload the grid");
        }
        int last = order.size() - 1;
        Condition rest = strictlyAfter(key(last), Values.parse(order.get(last).def(), cursor.get(last)));
        for (int i = last - 1; i >= 0; i--) {
            Object v = Values.parse(order.get(i).def(), cursor.get(i));
            rest = or(strictlyAfter(key(i), v), and(same(key(i), v), rest));
        }
        if (last == 0) {
            return rest;
        }
        // The same rows with the sort column's range stated on its own: with bound values SQLite's planner scans the
        // whole index for "k > ? OR (k = ? AND ...)" but searches it for "k >= ? AND (...)" (EXPLAIN QUERY PLAN,
        // 3.54); 8 s against 12 ms for a page in the middle of 1,000,000 rows.
        return and(from(key(0), Values.parse(order.get(0).def(), cursor.get(0))), rest);
    }

    /** The first key's range from {@code v} on, in the grid's direction, {@code v} included. */
    private Condition from(Column<Object> k, Object v) {
        if (request.descending()) {
            if (v == null) {
                return k.isNull();
            }
            return k.def().nullable() ? or(k.le(v), k.isNull()) : k.le(v);
        }
        return v == null ? trueCondition() : k.ge(v);
    }

    @SuppressWarnings("unchecked")
    private Column<Object> key(int i) {
        return (Column<Object>) order.get(i);
    }

    private Condition strictlyAfter(Column<Object> k, Object v) {
        if (request.descending()) {
            if (v == null) {
                return falseCondition();
            }
            return k.def().nullable() ? or(k.lt(v), k.isNull()) : k.lt(v);
        }
        return v == null ? k.isNotNull() : k.gt(v);
    }

    private static Condition same(Column<Object> k, Object v) {
        return v == null ? k.isNull() : k.eq(v);
    }
}
