package dev.quarry.query;

import dev.quarry.error.MisuseException;
import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import dev.quarry.schema.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A SELECT being built, and run. Immutable: every method returns a new select, so a partial query can be kept and
 * extended freely; safe to share between threads. A select made from a database handle ({@code db.select(...)})
 * runs on it; one made from {@link Dsl} is detached and serves as a subquery or through {@code db.fetch(select)}.
 *
 * @param <R> what each row becomes
 */
public final class Select<R> {
    private final SelectQuery query;
    private final RowMapper<R> mapper;
    private final Executor executor;

    Select(SelectQuery query, RowMapper<R> mapper, Executor executor) {
        this.query = query;
        this.mapper = mapper;
        this.executor = executor;
    }

    /** The query tree. */
    public SelectQuery query() {
        return query;
    }

    /** How a row becomes an {@code R}. */
    public RowMapper<R> mapper() {
        return mapper;
    }

    private Select<R> with(SelectQuery q) {
        return new Select<>(q, mapper, executor);
    }

    /** This select, run by {@code other}. */
    public Select<R> on(Executor other) {
        return new Select<>(query, mapper, other);
    }

    // ---- clauses ----

    public Select<R> from(FromItem item) {
        return with(query.withFrom(item));
    }

    public Select<R> distinct() {
        return with(query.withDistinct());
    }

    /** {@code JOIN item}, completed by {@link JoinStep#on(Condition)}. */
    public JoinStep<R> join(FromItem item) {
        return new JoinStep<>(this, JoinType.INNER, item);
    }

    /** {@code LEFT JOIN item}, completed by {@link JoinStep#on(Condition)}. */
    public JoinStep<R> leftJoin(FromItem item) {
        return new JoinStep<>(this, JoinType.LEFT, item);
    }

    Select<R> withJoin(Join join) {
        return with(query.withJoin(join));
    }

    /** Adds filters; several calls and several conditions are ANDed. */
    public Select<R> where(Condition... conditions) {
        SelectQuery q = query;
        for (Condition c : conditions) {
            q = q.withWhere(c);
        }
        return with(q);
    }

    public Select<R> groupBy(Expression<?>... expressions) {
        return with(query.withGroupBy(Arrays.asList(expressions)));
    }

    public Select<R> having(Condition condition) {
        return with(query.withHaving(condition));
    }

    /** Replaces the ordering. */
    public Select<R> orderBy(SortField<?>... fields) {
        return with(query.withOrderBy(Arrays.asList(fields)));
    }

    /** Replaces the ordering with ascending {@code expressions}. */
    public Select<R> orderBy(Expression<?>... expressions) {
        return with(query.withOrderBy(Arrays.stream(expressions).<SortField<?>>map(Expression::asc).toList()));
    }

    public Select<R> limit(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + rows);
        }
        return with(query.withLimit(new Param<>(rows, DataType.LONG)));
    }

    public Select<R> limit(Expression<Long> rows) {
        return with(query.withLimit(rows));
    }

    public Select<R> offset(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + rows);
        }
        return with(query.withOffset(new Param<>(rows, DataType.LONG)));
    }

    public Select<R> offset(Expression<Long> rows) {
        return with(query.withOffset(rows));
    }

    /** {@code this UNION other} (duplicates removed). */
    public Select<R> union(Select<R> other) {
        return with(query.withSetOperation(new SetOperation(false, other.query)));
    }

    /** {@code this UNION ALL other}. */
    public Select<R> unionAll(Select<R> other) {
        return with(query.withSetOperation(new SetOperation(true, other.query)));
    }

    /** This select's rows turned into {@code U} by {@code f}. */
    public <U> Select<U> map(Function<? super R, ? extends U> f) {
        RowMapper<R> m = mapper;
        return new Select<>(query, row -> f.apply(m.map(row)), executor);
    }

    /**
     * Each row as a record of {@code type}, item by item: the select's first item is the record's first component,
     * and so on, for any number of items (a whole table is one item, its record one component). Checked here, once:
     * the counts must match and each component must hold its item's values (the same class, or the primitive of its
     * box), else {@link IllegalArgumentException} naming the component. Each row calls the canonical constructor
     * directly, with no tuple or array in between; a NULL for a primitive component is a
     * {@link dev.quarry.error.QuarryException} naming it.
     *
     * <pre>{@code
     * record AlbumView(String title, String artist) {}
     * List<AlbumView> views = db.select(ALBUM.title, ARTIST.name).from(ALBUM).join(ARTIST)
     *         .on(ARTIST.artistId.eq(ALBUM.artistId)).into(AlbumView.class).fetch();
     * }</pre>
     *
     * The record must be one Quarry may construct: on the class path any record; on the module path a public record
     * in an exported package, or one whose package is open to {@code dev.quarry.core}.
     */
    public <U> Select<U> into(Class<U> type) {
        return new Select<>(query, RecordMapper.of(type, query.selections()), executor);
    }

    /** This select as a table in another query's FROM: {@code (select ...) AS alias}. */
    public DerivedTable asTable(String alias) {
        return new DerivedTable(query, alias);
    }

    // ---- running ----

    private Executor executor() {
        if (executor == null) {
            throw new MisuseException("this select was built detached (from Dsl); run it with db.fetch(select) "
                    + "or build it from a database handle");
        }
        return executor;
    }

    /** All rows. */
    public List<R> fetch() {
        return executor().fetch(query, mapper, 0);
    }

    /** The one row; {@link NoRowException} if none, {@link TooManyRowsException} if several. */
    public R fetchOne() {
        List<R> rows = executor().fetch(query, mapper, 2);
        if (rows.isEmpty()) {
            throw new NoRowException("the query returned no row", executor.sql(query));
        }
        if (rows.size() > 1) {
            throw new TooManyRowsException("the query returned more than one row", executor.sql(query));
        }
        return rows.get(0);
    }

    /** The row if there is one; {@link TooManyRowsException} if several. */
    public Optional<R> fetchOptional() {
        List<R> rows = executor().fetch(query, mapper, 2);
        if (rows.size() > 1) {
            throw new TooManyRowsException("the query returned more than one row", executor.sql(query));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** The first row if any; reads no further. */
    public Optional<R> fetchFirst() {
        List<R> rows = executor().fetch(query, mapper, 1);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /**
     * The rows as a lazily read stream holding a connection and a cursor: close it (try-with-resources). Reading it
     * after closing is a {@link MisuseException}.
     */
    public Stream<R> stream() {
        return executor().stream(query, mapper);
    }

    /** Renders this select once for repeated runs with new placeholder values. */
    public Prepared<R> prepare() {
        return executor().prepare(query, mapper);
    }

    @Override
    public String toString() {
        return "Select" + query;
    }
}
