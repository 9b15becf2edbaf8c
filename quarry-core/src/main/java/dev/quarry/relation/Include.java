package dev.quarry.relation;

import java.util.List;

/**
 * What to load for each of a list of rows of type {@code P}: its children ({@link IncludeMany}, a {@code List}) or
 * its parent ({@link IncludeOne}), possibly with their own related rows nested inside. Made from a relation with
 * {@link OneToMany#children()} or {@link ManyToOne#parent()}, refined with {@code where}, {@code orderBy} and
 * {@code with}, and run by a {@link Loader}. One include runs one statement per 500 distinct keys of the rows it is
 * given (usually one), plus what its nested includes run; never one per row.
 *
 * <p>Immutable and thread-safe: declare includes once and reuse them. Only this package implements it.
 *
 * @param <P> the rows it is loaded for
 * @param <T> what each row gets
 */
public abstract class Include<P, T> {

    Include() {
    }

    /**
     * Loads what each of {@code rows} gets, in a constant number of statements run by {@code loader}.
     *
     * @return one value per row, in the rows' order
     */
    abstract List<T> load(List<? extends P> rows, Loader loader);
}
