package dev.quarry.relation;

import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.SortField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Loads the children of each parent row along a {@link OneToMany}: one {@code SELECT * FROM child WHERE fk IN
 * (...)} per 500 distinct parent keys, whatever the number of parents or children, with the filter and order given
 * here. Each parent gets an unmodifiable list (empty when it has no children), in the order of {@link #orderBy}
 * (the child's primary key by default). Children may carry their own related rows: {@link #with} loads an include
 * for all the children at once and builds each element from a child and its value.
 *
 * <pre>{@code
 * Include<Artist, List<AlbumWithTracks>> albums = ARTIST_ALBUMS.children()
 *         .orderBy(ALBUM.released.desc())
 *         .with(ALBUM_TRACKS.children().where(TRACK.genre.eq("Rock")), AlbumWithTracks::new);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <P> the parent record type
 * @param <C> the child record type
 * @param <E> what each child becomes in the list: the child itself, or a record built by {@link #with}
 */
public final class IncludeMany<P, C, E> extends Include<P, List<E>> {
    private final Link<P, C> link;
    private final Condition where;
    private final List<SortField<?>> order;
    private final Nesting<C, E> nesting;
    /** At most this many children per parent; 0 for all. */
    private final int limit;

    private IncludeMany(Link<P, C> link, Condition where, List<SortField<?>> order, Nesting<C, E> nesting,
                        int limit) {
        this.link = link;
        this.where = where;
        this.order = List.copyOf(order);
        this.nesting = nesting;
        this.limit = limit;
    }

    static <P, C> IncludeMany<P, C, C> of(Link<P, C> link) {
        List<SortField<?>> byKey = new ArrayList<>();
        for (Column<?> c : link.child().primaryKey()) {
            byKey.add(c.asc());
        }
        return new IncludeMany<>(link, null, byKey, Nesting.none(), 0);
    }

    /** Keeps only the children matching {@code condition} (on the child table's columns); several are ANDed. */
    public IncludeMany<P, C, E> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new IncludeMany<>(link, where == null ? condition : where.and(condition), order, nesting, limit);
    }

    /** Orders each parent's children by {@code fields}, replacing the default order by primary key. */
    public IncludeMany<P, C, E> orderBy(SortField<?>... fields) {
        return new IncludeMany<>(link, where, Arrays.asList(fields), nesting, limit);
    }

    /**
     * Keeps at most {@code perParent} children for each parent, the first ones in this include's order (ties
     * broken by the child's primary key, so the choice is the same on every run and database): the three longest
     * tracks of each album with {@code ALBUM_TRACKS.children().orderBy(TRACK.milliseconds.desc()).limit(3)}.
     * Still one statement per chunk of keys: each runs {@code ROW_NUMBER() OVER (PARTITION BY <foreign key>
     * ORDER BY ...)} in a derived table and keeps the rows numbered up to {@code perParent}.
     *
     * @throws IllegalArgumentException if {@code perParent} is less than 1
     */
    public IncludeMany<P, C, E> limit(int perParent) {
        if (perParent < 1) {
            throw new IllegalArgumentException("limit must be at least 1 child per parent, was " + perParent);
        }
        return new IncludeMany<>(link, where, order, nesting, perParent);
    }

    /**
     * Also loads {@code nested} for the children (all of them at once) and makes each element
     * {@code combine(element, value)}: {@code with(ALBUM_TRACKS.children(), AlbumWithTracks::new)}. Several calls
     * nest several includes, each folding into the element the previous one built.
     */
    public <T, F> IncludeMany<P, C, F> with(Include<? super C, T> nested,
                                           BiFunction<? super E, ? super T, ? extends F> combine) {
        Objects.requireNonNull(nested, "nested");
        Objects.requireNonNull(combine, "combine");
        return new IncludeMany<>(link, where, order, nesting.then(nested, combine), limit);
    }

    @Override
    List<List<E>> load(List<? extends P> parents, Loader loader) {
        KeySet keys = KeySet.of(link.parent(), parents, link.parentColumns());
        List<C> children = limit == 0
                ? loader.selectByKeys(link.child(), link.childColumns(), keys, where, order)
                : loader.selectFirstByKeys(link.child(), link.childColumns(), keys, where, order, limit);
        List<E> elements = nesting.apply(children, loader);
        Map<Object, List<E>> groups = new HashMap<>();
        for (int i = 0; i < children.size(); i++) {
            Object key = KeySet.keyOf(link.child(), children.get(i), link.childColumns());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(elements.get(i));
        }
        List<List<E>> out = new ArrayList<>(parents.size());
        for (int i = 0; i < parents.size(); i++) {
            List<E> group = groups.get(keys.keyAt(i));
            out.add(group == null ? List.of() : Collections.unmodifiableList(group));
        }
        return out;
    }

    @Override
    public String toString() {
        return "IncludeMany[" + link + (where == null ? "" : " where " + where)
                + (limit == 0 ? "" : " limit " + limit + " per parent") + "]";
    }
}
