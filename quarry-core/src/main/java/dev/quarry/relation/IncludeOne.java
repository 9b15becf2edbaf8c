package dev.quarry.relation;

import dev.quarry.query.Condition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Loads the parent of each child row along a {@link ManyToOne}: one {@code SELECT * FROM parent WHERE key IN
 * (...)} per 500 distinct foreign key values, however many children share a parent. A child whose foreign key is
 * NULL, or names no row (or a row {@link #where} filters out), gets null. Children sharing a parent get the same
 * element object. The parent may carry its own related rows through {@link #with}.
 *
 * <pre>{@code
 * Include<Track, AlbumWithArtist> album = TRACK_ALBUM.parent().with(ALBUM_ARTIST.parent(), AlbumWithArtist::new);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the child record type
 * @param <P> the parent record type
 * @param <E> what each child gets: the parent itself, or a record built by {@link #with}
 */
public final class IncludeOne<C, P, E> extends Include<C, E> {
    private final Link<P, C> link;
    private final Condition where;
    private final Nesting<P, E> nesting;

    private IncludeOne(Link<P, C> link, Condition where, Nesting<P, E> nesting) {
        this.link = link;
        this.where = where;
        this.nesting = nesting;
    }

    static <C, P> IncludeOne<C, P, P> of(Link<P, C> link) {
        return new IncludeOne<>(link, null, Nesting.none());
    }

    /** Loads only parents matching {@code condition}; a child whose parent does not match gets null. */
    public IncludeOne<C, P, E> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        return new IncludeOne<>(link, where == null ? condition : where.and(condition), nesting);
    }

    /**
     * Also loads {@code nested} for the parents (all of them at once) and makes each child's value
     * {@code combine(parent, value)}: {@code with(ALBUM_ARTIST.parent(), AlbumWithArtist::new)}.
     */
    public <T, F> IncludeOne<C, P, F> with(Include<? super P, T> nested,
                                          BiFunction<? super E, ? super T, ? extends F> combine) {
        Objects.requireNonNull(nested, "nested");
        Objects.requireNonNull(combine, "combine");
        return new IncludeOne<>(link, where, nesting.then(nested, combine));
    }

    @Override
    List<E> load(List<? extends C> children, Loader loader) {
        KeySet keys = KeySet.of(link.child(), children, link.childColumns());
        List<P> parents = loader.selectByKeys(link.parent(), link.parentColumns(), keys, where, List.of());
        List<E> elements = nesting.apply(parents, loader);
        Map<Object, E> byKey = new HashMap<>();
        for (int i = 0; i < parents.size(); i++) {
            byKey.put(KeySet.keyOf(link.parent(), parents.get(i), link.parentColumns()), elements.get(i));
        }
        List<E> out = new ArrayList<>(children.size());
        for (int i = 0; i < children.size(); i++) {
            Object key = keys.keyAt(i);
            out.add(key == null ? null : byKey.get(key));
        }
        return out;
    }

    @Override
    public String toString() {
        return "IncludeOne[" + link + (where == null ? "" : " where " + where) + "]";
    }
}
