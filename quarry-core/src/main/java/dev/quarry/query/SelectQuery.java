package dev.quarry.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The tree of a SELECT. Built through {@link Select}; immutable.
 *
 * @param distinct      whether SELECT DISTINCT
 * @param selections    what each row returns
 * @param from          the first FROM item, or null
 * @param joins         the joins, in order
 * @param where         the filter, or null
 * @param groupBy       the grouping expressions
 * @param having        the group filter, or null
 * @param orderBy       the ordering
 * @param limit         the row limit, or null
 * @param offset        the rows skipped, or null
 * @param setOperations UNION / UNION ALL parts, in order
 */
public record SelectQuery(boolean distinct, List<Selection<?>> selections, FromItem from, List<Join> joins,
                          Condition where, List<Expression<?>> groupBy, Condition having,
                          List<SortField<?>> orderBy, Expression<Long> limit, Expression<Long> offset,
                          List<SetOperation> setOperations) implements Query {
    public SelectQuery {
        selections = List.copyOf(selections);
        joins = List.copyOf(joins);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
        setOperations = List.copyOf(setOperations);
        if (selections.isEmpty()) {
            throw new IllegalArgumentException("a select needs at least one selection");
        }
    }

    static SelectQuery of(List<Selection<?>> selections) {
        return new SelectQuery(false, selections, null, List.of(), null, List.of(), null, List.of(), null, null,
                List.of());
    }

    SelectQuery withDistinct() {
        return new SelectQuery(true, selections, from, joins, where, groupBy, having, orderBy, limit, offset,
                setOperations);
    }

    SelectQuery withFrom(FromItem item) {
        return new SelectQuery(distinct, selections, item, joins, where, groupBy, having, orderBy, limit, offset,
                setOperations);
    }

    SelectQuery withJoin(Join join) {
        List<Join> more = new ArrayList<>(joins);
        more.add(join);
        return new SelectQuery(distinct, selections, from, more, where, groupBy, having, orderBy, limit, offset,
                setOperations);
    }

    SelectQuery withWhere(Condition c) {
        Condition w = where == null ? c : where.and(c);
        return new SelectQuery(distinct, selections, from, joins, w, groupBy, having, orderBy, limit, offset,
                setOperations);
    }

    SelectQuery withGroupBy(List<Expression<?>> g) {
        return new SelectQuery(distinct, selections, from, joins, where, g, having, orderBy, limit, offset,
                setOperations);
    }

    SelectQuery withHaving(Condition c) {
        Condition h = having == null ? c : having.and(c);
        return new SelectQuery(distinct, selections, from, joins, where, groupBy, h, orderBy, limit, offset,
                setOperations);
    }

    SelectQuery withOrderBy(List<SortField<?>> o) {
        return new SelectQuery(distinct, selections, from, joins, where, groupBy, having, o, limit, offset,
                setOperations);
    }

    SelectQuery withLimit(Expression<Long> l) {
        return new SelectQuery(distinct, selections, from, joins, where, groupBy, having, orderBy, l, offset,
                setOperations);
    }

    SelectQuery withOffset(Expression<Long> o) {
        return new SelectQuery(distinct, selections, from, joins, where, groupBy, having, orderBy, limit, o,
                setOperations);
    }

    SelectQuery withSetOperation(SetOperation op) {
        List<SetOperation> more = new ArrayList<>(setOperations);
        more.add(op);
        return new SelectQuery(distinct, selections, from, joins, where, groupBy, having, orderBy, limit, offset,
                more);
    }

    /** How many result columns a row has. */
    public int width() {
        int w = 0;
        for (Selection<?> s : selections) {
            w += s.width();
        }
        return w;
    }
}
