package dev.quarry.query;

import java.util.List;

/**
 * The tree of an INSERT: values rows or a select, an optional conflict clause and RETURNING list.
 *
 * @param table     the target table
 * @param columns   the inserted columns
 * @param rows      the VALUES rows (each as long as {@code columns}); empty when {@code select} is given; a
 *                  {@link RecordRows} when the rows are records
 * @param select    the INSERT ... SELECT source, or null
 * @param conflict  the upsert clause, or null
 * @param returning what RETURNING yields, empty for none
 * @param batch     whether rows run as one JDBC batch of single-row statements instead of multi-row VALUES
 */
public record InsertQuery(Table<?> table, List<Column<?>> columns, List<List<Expression<?>>> rows,
                          SelectQuery select, Conflict conflict, List<Selection<?>> returning, boolean batch)
        implements Query {
    public InsertQuery {
        columns = List.copyOf(columns);
        // rows of records are an immutable view, each row as wide as its columns: copying or checking them here
        // would make every row's parameters, which is what the view exists to avoid
        boolean ofRecords = rows instanceof RecordRows r && r.width() == columns.size();
        rows = ofRecords ? rows : List.copyOf(rows);
        returning = List.copyOf(returning);
        if ((select == null) == rows.isEmpty()) {
            throw new IllegalArgumentException("an insert needs either values or a select");
        }
        for (List<Expression<?>> row : ofRecords ? List.<List<Expression<?>>>of() : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("an insert row has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
        }
    }
}
