package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import dev.quarry.internal.dialect.render.BulkInsert;
import dev.quarry.internal.dialect.render.RenderShape;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.query.Executor;
import dev.quarry.query.Prepared;
import dev.quarry.query.Query;
import dev.quarry.query.RowMapper;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@link Executor} the query layer calls: renders through the dialect, picks the access a statement needs from
 * what the dialect reports (queries read, DSL writes write, hand-written SQL by its leading keyword) and runs it on
 * its {@link Route}.
 * Thread-safe when its route is (the database's is; a transaction's belongs to one thread).
 */
final class JdbcExecutor implements Executor {
    static final Object[] NO_VALUES = new Object[0];
    private final Route route;

    JdbcExecutor(Route route) {
        this.route = route;
    }

    @Override
    public <R> List<R> fetch(Query query, RowMapper<R> mapper, int maxRows) {
        BulkInsert bulk = route.context().dialect().bulkInsert(query);
        if (bulk != null) {
            List<R> rows = InsertRunner.fetch(route, bulk, mapper);
            return maxRows > 0 && rows.size() > maxRows ? rows.subList(0, maxRows) : rows;
        }
        EngineContext ctx = route.context();
        RenderShape shape = ctx.dialect().shape(query);
        if (shape == null) {
            Plan plan = unprepared(query);
            return route.run(plan.access, plan.knownWrite(), false, s -> s.fetch(plan, NO_VALUES, mapper, maxRows));
        }
        Plan plan = ctx.plans().get(shape.key());
        if (plan == null) {
            plan = shapedPlan(query, shape, ctx);
        }
        Plan p = plan;
        Object[] values = shape.values();
        return route.run(p.access, p.knownWrite(), false, s -> s.fetch(p, values, mapper, maxRows));
    }

    /**
     * Renders a query whose shape has no plan yet and keeps the plan. The text render must bind as many values as the
     * recording found, in the same order: both are the same renderer's walk, so a difference is a bug in it.
     */
    private static Plan shapedPlan(Query query, RenderShape shape, EngineContext ctx) {
        Rendered rendered = ctx.dialect().render(query);
        if (rendered.parameterCount() != shape.values().length) {
            throw new IllegalStateException("the query's text binds " + rendered.parameterCount()
                    + " values but its shape recorded " + shape.values().length + ": " + rendered.sql());
        }
        Plan plan = Plan.forShape(rendered, ctx.codecs());
        ctx.plans().put(shape.key(), plan);
        return plan;
    }

    @Override
    public <R> Stream<R> stream(Query query, RowMapper<R> mapper) {
        return route.stream(unprepared(query), mapper);
    }

    @Override
    public long execute(Query query) {
        BulkInsert bulk = route.context().dialect().bulkInsert(query);
        if (bulk != null) {
            return InsertRunner.execute(route, bulk);
        }
        Plan plan = unprepared(query);
        return route.run(plan.access, plan.knownWrite(), false, s -> s.execute(plan, NO_VALUES));
    }

    @Override
    public <R> Prepared<R> prepare(Query query, RowMapper<R> mapper) {
        Plan plan = plan(query);
        return new PreparedQuery<>(route, plan, mapper, plan.knownWrite());
    }

    /** Renders again: only failures (no row, too many) ask, so the fetch path keeps rendering once. */
    @Override
    public String sql(Query query) {
        return route.context().dialect().render(query).sql();
    }

    private Plan unprepared(Query query) {
        Plan plan = plan(query);
        if (!plan.placeholders.isEmpty()) {
            throw new MisuseException("the statement has placeholders " + plan.placeholders.stream()
                    .map(p -> p.name()).toList() + "; run it through prepare() and give their values per run");
        }
        return plan;
    }

    private Plan plan(Query query) {
        EngineContext ctx = route.context();
        return Plan.of(ctx.dialect().render(query), ctx.codecs());
    }
}
