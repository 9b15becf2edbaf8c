package dev.quarry.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How the rows loaded at one level become the elements handed to the level above: each step loads an
 * {@link Include} for all those rows at once and folds its values into the element built so far, so
 * {@code with(tracks, AlbumWithTracks::new)} turns an {@code Album} into an {@code AlbumWithTracks}. Immutable.
 *
 * @param <C> the loaded rows
 * @param <E> the elements they become
 */
final class Nesting<C, E> {
    private final List<Step> steps;

    private Nesting(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** No nesting: each row is its own element. */
    static <C> Nesting<C, C> none() {
        return new Nesting<>(List.of());
    }

    /** This nesting with one more include, whose value {@code combine} folds into each element. */
    @SuppressWarnings("unchecked")
    <T, F> Nesting<C, F> then(Include<? super C, T> include, BiFunction<? super E, ? super T, ? extends F> combine) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step((Include<Object, Object>) include, (BiFunction<Object, Object, Object>) combine));
        return new Nesting<>(more);
    }

    /** The elements of {@code rows}, in their order, loading every step for all rows at once. */
    @SuppressWarnings("unchecked")
    List<E> apply(List<C> rows, Loader loader) {
        List<Object> elements = new ArrayList<>(rows);
        for (Step step : steps) {
            List<Object> values = step.include.load(rows, loader);
            for (int i = 0; i < elements.size(); i++) {
                elements.set(i, step.combine.apply(elements.get(i), values.get(i)));
            }
        }
        return (List<E>) elements;
    }

    /** One nested include and how its value joins the element. */
    private record Step(Include<Object, Object> include, BiFunction<Object, Object, Object> combine) {
    }
}
