package dev.quarry.query;

import dev.quarry.error.MisuseException;
import java.util.List;

/** Shared construction of selects for {@link QueryFactory} and {@link Dsl}. */
final class Builders {
    private Builders() {
    }

    static Executor require(Executor executor) {
        if (executor == null) {
            throw new MisuseException("this statement was built detached (from Dsl); run it from a database handle");
        }
        return executor;
    }

    static <R> Select<R> selectFrom(Table<R> table, Executor executor) {
        return new Select<>(SelectQuery.of(List.of(table)).withFrom(table), Selections.single(table), executor);
    }

    static <T> Select<T> select(Selection<T> a, Executor executor) {
        return new Select<>(SelectQuery.of(List.of(a)), Selections.single(a), executor);
    }

    static <A, B> Select<Tuple2<A, B>> select(Selection<A> a, Selection<B> b, Executor executor) {
        List<Selection<?>> items = List.of(a, b);
        int[] o = Selections.offsets(items);
        return new Select<>(SelectQuery.of(items), row -> new Tuple2<>(
                Selections.read(a, row, o[0]), Selections.read(b, row, o[1])), executor);
    }

    static <A, B, C> Select<Tuple3<A, B, C>> select(Selection<A> a, Selection<B> b, Selection<C> c,
                                                    Executor executor) {
        List<Selection<?>> items = List.of(a, b, c);
        int[] o = Selections.offsets(items);
        return new Select<>(SelectQuery.of(items), row -> new Tuple3<>(Selections.read(a, row, o[0]),
                Selections.read(b, row, o[1]), Selections.read(c, row, o[2])), executor);
    }

    static <A, B, C, D> Select<Tuple4<A, B, C, D>> select(Selection<A> a, Selection<B> b, Selection<C> c,
                                                          Selection<D> d, Executor executor) {
        List<Selection<?>> items = List.of(a, b, c, d);
        int[] o = Selections.offsets(items);
        return new Select<>(SelectQuery.of(items), row -> new Tuple4<>(Selections.read(a, row, o[0]),
                Selections.read(b, row, o[1]), Selections.read(c, row, o[2]), Selections.read(d, row, o[3])),
                executor);
    }

    static <A, B, C, D, E> Select<Tuple5<A, B, C, D, E>> select(Selection<A> a, Selection<B> b, Selection<C> c,
                                                                Selection<D> d, Selection<E> e, Executor executor) {
        List<Selection<?>> items = List.of(a, b, c, d, e);
        int[] o = Selections.offsets(items);
        return new Select<>(SelectQuery.of(items), row -> new Tuple5<>(Selections.read(a, row, o[0]),
                Selections.read(b, row, o[1]), Selections.read(c, row, o[2]), Selections.read(d, row, o[3]),
                Selections.read(e, row, o[4])), executor);
    }

    static <A, B, C, D, E, F> Select<Tuple6<A, B, C, D, E, F>> select(
            Selection<A> a, Selection<B> b, Selection<C> c, Selection<D> d, Selection<E> e, Selection<F> f,
            Executor executor) {
        List<Selection<?>> items = List.of(a, b, c, d, e, f);
        int[] o = Selections.offsets(items);
        return new Select<>(SelectQuery.of(items), row -> new Tuple6<>(Selections.read(a, row, o[0]),
                Selections.read(b, row, o[1]), Selections.read(c, row, o[2]), Selections.read(d, row, o[3]),
                Selections.read(e, row, o[4]), Selections.read(f, row, o[5])), executor);
    }

    /** A select of any number of expressions, each row an {@code Object[]}. */
    static Select<Object[]> selectArray(List<Selection<?>> items, Executor executor) {
        int[] o = Selections.offsets(items);
        return new Select<>(SelectQuery.of(items), row -> {
            Object[] values = new Object[o.length];
            for (int i = 0; i < o.length; i++) {
                values[i] = Selections.read(items.get(i), row, o[i]);
            }
            return values;
        }, executor);
    }
}
