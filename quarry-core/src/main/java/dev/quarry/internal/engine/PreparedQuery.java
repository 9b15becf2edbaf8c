package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Prepared;
import dev.quarry.query.RowMapper;
import java.util.List;
import java.util.Optional;

/**
 * A statement rendered once and run many times: each run checks the values against the placeholders, borrows a
 * connection (or uses its transaction's), takes the cached statement, binds and maps. No SQL text is built per run.
 * Immutable and thread-safe when made from a database; one made from a transaction belongs to its thread.
 */
final class PreparedQuery<R> implements Prepared<R> {
    private final Route route;
    private final Plan plan;
    private final RowMapper<R> mapper;
    private final boolean knownWrite;

    /** The tables it reads, or null when they are unknown (hand-written SQL). */
    java.util.Set<String> tablesReadOrNull() {
        return plan.tablesKnown ? plan.tablesRead : null;
    }

    PreparedQuery(Route route, Plan plan, RowMapper<R> mapper, boolean knownWrite) {
        this.route = route;
        this.plan = plan;
        this.mapper = mapper;
        this.knownWrite = knownWrite;
    }

    @Override
    public List<Placeholder<?>> placeholders() {
        return plan.placeholders;
    }

    @Override
    public String sql() {
        return plan.sql;
    }

    @Override
    public List<R> fetch(Object... values) {
        return fetch(values, 0);
    }

    private List<R> fetch(Object[] values, int maxRows) {
        plan.check(values);
        return route.run(plan.access, knownWrite, false, s -> s.fetch(plan, values, mapper, maxRows));
    }

    @Override
    public R fetchOne(Object... values) {
        List<R> rows = fetch(values, 2);
        if (rows.isEmpty()) {
            throw new NoRowException("the query returned no row", plan.sql);
        }
        if (rows.size() > 1) {
            throw new TooManyRowsException("the query returned more than one row", plan.sql);
        }
        return rows.get(0);
    }

    @Override
    public Optional<R> fetchOptional(Object... values) {
        List<R> rows = fetch(values, 2);
        if (rows.size() > 1) {
            throw new TooManyRowsException("the query returned more than one row", plan.sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    @Override
    public long execute(Object... values) {
        plan.check(values);
        return route.run(plan.access, knownWrite, false, s -> s.execute(plan, values));
    }

    @Override
    public long executeBatch(List<Object[]> rows) {
        if (rows.isEmpty()) {
            throw new MisuseException("executeBatch needs at least one row of values");
        }
        if (plan.returnsRows) {
            throw new MisuseException("a batch cannot return rows; run " + plan.sql + " with fetch() per row");
        }
        for (Object[] values : rows) {
            plan.check(values);
        }
        // atomic: a failing run in the middle must not leave the runs before it committed
        return route.run(Access.WRITE, true, true, s -> s.executeBatch(plan, rows));
    }
}
