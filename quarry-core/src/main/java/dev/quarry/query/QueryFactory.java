package dev.quarry.query;

import java.util.List;

/**
 * The entry points of the DSL bound to something that runs queries: the database handle and each transaction
 * implement it, so {@code db.selectFrom(T)} and {@code tx.selectFrom(T)} read the same.
 */
public interface QueryFactory {

    /** What runs the statements built here. */
    Executor executor();

    /** {@code SELECT * FROM table}, each row a record. */
    default <R> Select<R> selectFrom(Table<R> table) {
        return Builders.selectFrom(table, executor());
    }

    /**
     * A select of one expression or table; add {@code from(...)}. Up to six items give typed tuples
     * ({@link Tuple2} to {@link Tuple6}), any number an {@code Object[]}; {@link Select#into(Class)} makes rows
     * records of yours at any width.
     */
    default <T> Select<T> select(Selection<T> a) {
        return Builders.select(a, executor());
    }

    default <A, B> Select<Tuple2<A, B>> select(Selection<A> a, Selection<B> b) {
        return Builders.select(a, b, executor());
    }

    default <A, B, C> Select<Tuple3<A, B, C>> select(Selection<A> a, Selection<B> b, Selection<C> c) {
        return Builders.select(a, b, c, executor());
    }

    default <A, B, C, D> Select<Tuple4<A, B, C, D>> select(Selection<A> a, Selection<B> b, Selection<C> c,
                                                           Selection<D> d) {
        return Builders.select(a, b, c, d, executor());
    }

    default <A, B, C, D, E> Select<Tuple5<A, B, C, D, E>> select(Selection<A> a, Selection<B> b, Selection<C> c,
                                                                 Selection<D> d, Selection<E> e) {
        return Builders.select(a, b, c, d, e, executor());
    }

    default <A, B, C, D, E, F> Select<Tuple6<A, B, C, D, E, F>> select(
            Selection<A> a, Selection<B> b, Selection<C> c, Selection<D> d, Selection<E> e, Selection<F> f) {
        return Builders.select(a, b, c, d, e, f, executor());
    }

    /**
     * A select of any number of items, each row an {@code Object[]}; {@link Select#into(Class)} makes each row a
     * record of yours: {@code db.select(a, b, c, d, e, f, g).from(T).into(MyRow.class)}. With up to six items the
     * typed tuples above apply. The static {@link Dsl#select} has the same forms.
     */
    default Select<Object[]> select(Selection<?>... items) {
        return Builders.selectArray(List.of(items), executor());
    }

    /** A select of any number of items, each row an {@code Object[]}. */
    default Select<Object[]> selectArray(List<Selection<?>> items) {
        return Builders.selectArray(items, executor());
    }

    /** {@code INSERT INTO table}. */
    default <R> InsertStep<R> insertInto(Table<R> table) {
        return new InsertStep<>(table, executor());
    }

    /** {@code UPDATE table}. */
    default <R> Update<R> update(Table<R> table) {
        return new Update<>(table, List.of(), null, executor());
    }

    /** {@code DELETE FROM table}. */
    default <R> Delete<R> deleteFrom(Table<R> table) {
        return new Delete<>(table, null, executor());
    }

    /** Hand-written SQL with {@code ?} placeholders bound to {@code args}. */
    default RawSql sql(String sql, Object... args) {
        return new RawSql(sql, args, executor());
    }

    /** Runs a select built elsewhere (for example with {@link Dsl}) here. */
    default <R> List<R> fetch(Select<R> select) {
        return select.on(executor()).fetch();
    }
}
