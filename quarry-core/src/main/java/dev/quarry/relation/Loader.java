package dev.quarry.relation;

import dev.quarry.query.Aliased;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.DerivedTable;
import dev.quarry.query.Dsl;
import dev.quarry.query.Expression;
import dev.quarry.query.FieldRef;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Select;
import dev.quarry.query.Selection;
import dev.quarry.query.SortField;
import dev.quarry.query.Table;
import dev.quarry.query.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Loads rows with their related rows on one database or transaction, in a number of statements that depends on
 * the shape of the load, not on the number of rows: the top query, then for each {@link Include} level one
 * {@code SELECT ... WHERE key IN (...)} per {@link #chunkSize} distinct keys of the rows loaded at the level above.
 * A level with no keys (no rows above, or only NULL foreign keys) runs nothing. No joins: every row is read once,
 * however many parents share it.
 *
 * <pre>{@code
 * List<ArtistWithAlbums> artists = Loader.on(db).fetch(
 *         db.selectFrom(ARTIST).orderBy(ARTIST.name.asc()),
 *         ARTIST_ALBUMS.children().with(ALBUM_TRACKS.children(), AlbumWithTracks::new),
 *         ArtistWithAlbums::new);                                     // 3 statements up to 500 artists and albums
 * }</pre>
 *
 * <p>Run it on a {@link dev.quarry.Transaction} when the levels must see one snapshot; on a database handle each
 * statement runs on its own, and rows changed between them by someone else may be seen by one level and not the
 * next. Immutable; thread-safe when its database is (a transaction's belongs to one thread).
 */
public final class Loader {
    /** Keys bound in one statement unless {@link #chunkSize} says otherwise: below every database's limit. */
    public static final int DEFAULT_CHUNK_SIZE = 500;
    /** Names in the per-parent limit's query; a child column of the same name would clash, so they are unusual. */
    private static final String RANK = "quarry_rank_";
    private static final String DERIVED = "quarry_firsts_";

    private final QueryFactory db;
    private final int chunkSize;

    private Loader(QueryFactory db, int chunkSize) {
        this.db = Objects.requireNonNull(db, "db");
        this.chunkSize = chunkSize;
    }

    /** A loader running its statements on {@code db} (a {@link dev.quarry.Database} or a transaction). */
    public static Loader on(QueryFactory db) {
        return new Loader(db, DEFAULT_CHUNK_SIZE);
    }

    /**
     * This loader binding at most {@code values} key values in one statement (keys of a composite foreign key
     * count one value per column). Smaller chunks mean more, shorter statements.
     */
    public Loader chunkSize(int values) {
        if (values < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, was " + values);
        }
        return new Loader(db, values);
    }

    /** The most key values one statement binds. */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * Runs {@code select}, loads {@code include} for its rows and returns {@code combine(row, value)} per row, in the
     * select's order: {@code fetch(db.selectFrom(ALBUM), ALBUM_TRACKS.children(), AlbumWithTracks::new)}.
     */
    public <P, T, R> List<R> fetch(Select<P> select, Include<? super P, T> include,
                                   BiFunction<? super P, ? super T, ? extends R> combine) {
        return attach(db.fetch(select), include, combine);
    }

    /** Loads {@code include} for rows already loaded and returns {@code combine(row, value)} per row, in order. */
    public <P, T, R> List<R> attach(List<? extends P> rows, Include<? super P, T> include,
                                    BiFunction<? super P, ? super T, ? extends R> combine) {
        Objects.requireNonNull(combine, "combine");
        List<T> values = load(rows, include);
        List<R> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(combine.apply(rows.get(i), values.get(i)));
        }
        return out;
    }

    /** What {@code include} gives each of {@code rows}, one value per row in their order. */
    public <P, T> List<T> load(List<? extends P> rows, Include<? super P, T> include) {
        Objects.requireNonNull(include, "include");
        return include.load(rows, this);
    }

    /**
     * The rows of {@code table} whose {@code columns} hold one of {@code keys}, also matching {@code where} when not
     * null, each chunk ordered by {@code order}: one statement per chunk.
     */
    <R> List<R> selectByKeys(Table<R> table, List<Column<?>> columns, KeySet keys, Condition where,
                             List<SortField<?>> order) {
        SortField<?>[] sort = order.toArray(new SortField<?>[0]);
        return perChunk(keys, columns, chunk -> {
            Select<R> select = db.selectFrom(table).where(KeyCondition.in(columns, chunk));
            if (where != null) {
                select = select.where(where);
            }
            if (sort.length > 0) {
                select = select.orderBy(sort);
            }
            return select.fetch();
        });
    }

    /**
     * Like {@link #selectByKeys}, keeping for each key only the first {@code perKey} rows in {@code order} (then by
     * primary key): per chunk, {@code SELECT <columns> FROM (SELECT <columns>, ROW_NUMBER() OVER (PARTITION BY
     * <key columns> ORDER BY ...) AS n FROM table WHERE <keys> AND <where>) WHERE n <= ? ORDER BY n}. The rows of
     * one key come in their order; keys interleave, which the caller's grouping does not mind.
     */
    <R> List<R> selectFirstByKeys(Table<R> table, List<Column<?>> columns, KeySet keys, Condition where,
                                  List<SortField<?>> order, int perKey) {
        List<SortField<?>> ranking = new ArrayList<>(order);
        for (Column<?> c : table.primaryKey()) {
            if (order.stream().noneMatch(f -> f.expression().equals(c))) {
                ranking.add(c.asc());
            }
        }
        Window window = Window.partitionBy(columns.toArray(new Expression<?>[0]))
                .thenOrderBy(ranking.toArray(new SortField<?>[0]));
        Aliased<Long> rank = Dsl.rowNumber().over(window).as(RANK);
        String[] names = table.columnNames();
        return perChunk(keys, columns, chunk -> {
            List<Selection<?>> inner = new ArrayList<>(table.columns());
            inner.add(rank);
            Select<Object[]> ranked = db.selectArray(inner).from(table).where(KeyCondition.in(columns, chunk));
            if (where != null) {
                ranked = ranked.where(where);
            }
            DerivedTable firsts = ranked.asTable(DERIVED);
            List<Selection<?>> outer = new ArrayList<>();
            for (Column<?> c : table.columns()) {
                outer.add(firsts.field(c));
            }
            FieldRef<Long> n = firsts.field(rank);
            return db.selectArray(outer).from(firsts).where(n.le((long) perKey)).orderBy(n.asc())
                    .map(values -> table.map(new ValuesRow(values, names), 0)).fetch();
        });
    }

    /**
     * The rows {@code load} returns for each chunk of {@code keys}, in chunk order: one statement per chunk, none
     * when there is no key.
     */
    private <R> List<R> perChunk(KeySet keys, List<Column<?>> columns, Function<List<Object[]>, List<R>> load) {
        List<Object[]> all = keys.distinctValues();
        int perChunk = Math.max(1, chunkSize / columns.size());
        List<R> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += perChunk) {
            out.addAll(load.apply(all.subList(from, Math.min(all.size(), from + perChunk))));
        }
        return out;
    }
}
