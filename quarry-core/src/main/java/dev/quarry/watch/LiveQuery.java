package dev.quarry.watch;

import dev.quarry.query.QueryFactory;
import dev.quarry.query.Prepared;
import dev.quarry.query.Select;
import dev.quarry.query.Table;
import dev.quarry.spi.Platform;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What a watch runs and which tables make it run again. A DSL select knows its tables (every table it reads,
 * through joins and subqueries); a prepared query too; work the DSL cannot describe (hand-written SQL, a relation
 * load, several queries combined) names its tables.
 *
 * <pre>{@code
 * db.watch(LiveQuery.of(byArtist, 1L));                              // a prepared query with its values
 * db.watch(LiveQuery.reading(List.of(ALBUM, TRACK),
 *         d -> Loader.on(d).fetch(d.selectFrom(ALBUM), ALBUM_TRACKS.children(), AlbumWithTracks::new)));
 * db.watch(LiveQuery.readingTables(Set.of("Album"),
 *         d -> d.sql("select count(*) from Album").fetch(r -> r.getLong(1))));
 * }</pre>
 *
 * @param <T> the result
 */
public interface LiveQuery<T> {

    /** The tables whose changes make the query run again, by name as the schema names them. */
    Set<String> tables(Platform platform);

    /** Runs the query once on {@code db}. */
    T run(QueryFactory db);

    /** A select; its tables are the ones it reads. */
    static <R> LiveQuery<List<R>> of(Select<R> select) {
        Objects.requireNonNull(select, "select");
        return new LiveQuery<>() {
            @Override
            public Set<String> tables(Platform platform) {
                return platform.tablesRead(select.query());
            }

            @Override
            public List<R> run(QueryFactory db) {
                return select.on(db.executor()).fetch();
            }

            @Override
            public String toString() {
                return "LiveQuery.of(" + select + ")";
            }
        };
    }

    /**
     * A prepared query run with {@code values} (in its placeholders' order); its tables are the ones it reads. It
     * runs on the database it was prepared on.
     */
    static <R> LiveQuery<List<R>> of(Prepared<R> prepared, Object... values) {
        Objects.requireNonNull(prepared, "prepared");
        Object[] copy = values.clone();
        return new LiveQuery<>() {
            @Override
            public Set<String> tables(Platform platform) {
                return platform.tablesRead(prepared);
            }

            @Override
            public List<R> run(QueryFactory db) {
                return prepared.fetch(copy);
            }

            /** Values are left out: they may be secret. */
            @Override
            public String toString() {
                return "LiveQuery.of(" + prepared.sql() + ", " + copy.length + " values)";
            }
        };
    }

    /** {@code work}, run on the database, re-run when any of {@code tables} changes. */
    static <T> LiveQuery<T> reading(Collection<? extends Table<?>> tables, Function<QueryFactory, T> work) {
        Set<String> names = new LinkedHashSet<>();
        for (Table<?> t : tables) {
            names.add(t.name());
        }
        return readingTables(names, work);
    }

    /** {@code work}, run on the database, re-run when any table named in {@code tables} changes. */
    static <T> LiveQuery<T> readingTables(Collection<String> tables, Function<QueryFactory, T> work) {
        Objects.requireNonNull(work, "work");
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a live query must name at least one table it reads");
        }
        Set<String> names = Set.copyOf(tables);
        return new LiveQuery<>() {
            @Override
            public Set<String> tables(Platform platform) {
                return names;
            }

            @Override
            public T run(QueryFactory db) {
                return work.apply(db);
            }

            @Override
            public String toString() {
                return "LiveQuery.reading(" + names + ")";
            }
        };
    }
}
