package dev.quarry.internal.dialect;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.internal.dialect.TestDialects.values;
import static dev.quarry.query.Dsl.coalesce;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.exists;
import static dev.quarry.query.Dsl.lower;
import static dev.quarry.query.Dsl.param;
import static dev.quarry.query.Dsl.scalar;
import static dev.quarry.query.Dsl.substring;
import static dev.quarry.query.Dsl.val;
import static dev.quarry.query.Dsl.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.fixtures.AlbumTable;
import dev.quarry.fixtures.ArtistTable;
import dev.quarry.internal.dialect.render.RenderShape;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.query.Expression;
import dev.quarry.query.Query;
import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The shape an ad-hoc query's plan is cached under ({@link Dialect#shape}): two queries of equal shape must render to
 * the same text, with parameters of the same types and targets, reading the same tables, or a cached plan would run
 * the wrong statement. Checked over a corpus of query families, each built with several values, on every dialect.
 */
class QueryShapeTest {
    private static final List<Dialect> DIALECTS = List.of(SQLITE, POSTGRES, MARIADB);

    /**
     * A family: the same query built from a seed; {@code inlines} when the seed's value is written into the text, so
     * it must have no shape (a cached key would keep the value).
     */
    private record Family(String name, boolean inlines, IntFunction<Query> build) {
    }

    private static List<Family> corpus() {
        ArtistTable a = ARTIST.as("a");
        AlbumTable b = ALBUM.as("b");
        return List.of(
                new Family("by key", false, v -> DB.selectFrom(ARTIST).where(ARTIST.id.eq((long) v)).query()),
                new Family("by key, aliased", false, v -> DB.selectFrom(ARTIST.as("x"))
                        .where(ARTIST.as("x").id.eq((long) v)).query()),
                new Family("by name", false, v -> DB.selectFrom(ARTIST).where(ARTIST.name.eq("n" + v)).query()),
                new Family("by name, ne", false, v -> DB.selectFrom(ARTIST).where(ARTIST.name.ne("n" + v)).query()),
                new Family("by country", false, v -> DB.selectFrom(ARTIST)
                        .where(ARTIST.country.eq("n" + v)).query()),
                new Family("two conditions", false, v -> DB.selectFrom(ARTIST)
                        .where(ARTIST.name.eq("n" + v), ARTIST.id.gt((long) v)).query()),
                new Family("or", false, v -> DB.selectFrom(ARTIST)
                        .where(ARTIST.name.eq("n" + v).or(ARTIST.id.gt((long) v))).query()),
                new Family("between", false, v -> DB.selectFrom(ARTIST)
                        .where(ARTIST.id.between((long) v, v + 10L)).query()),
                new Family("in, 2", false, v -> DB.selectFrom(ARTIST).where(ARTIST.id.in((long) v, v + 1L)).query()),
                new Family("in, 3", false, v -> DB.selectFrom(ARTIST)
                        .where(ARTIST.id.in((long) v, v + 1L, v + 2L)).query()),
                new Family("like", false, v -> DB.selectFrom(ARTIST).where(ARTIST.name.like("n" + v + "%")).query()),
                new Family("contains, any case", false, v -> DB.selectFrom(ARTIST)
                        .where(ARTIST.name.containsIgnoreCase("n" + v)).query()),
                new Family("is null", false, v -> DB.selectFrom(ARTIST).where(ARTIST.name.isNull()).query()),
                new Family("limit, offset", false, v -> DB.selectFrom(ARTIST).limit(v + 1).offset(v).query()),
                new Family("order", false, v -> DB.selectFrom(ARTIST).where(ARTIST.id.gt((long) v))
                        .orderBy(ARTIST.name.desc()).query()),
                new Family("columns", false, v -> DB.select(ARTIST.id, ARTIST.name).from(ARTIST)
                        .where(ARTIST.id.eq((long) v)).query()),
                new Family("other columns", false, v -> DB.select(ARTIST.name, ARTIST.id).from(ARTIST)
                        .where(ARTIST.id.eq((long) v)).query()),
                new Family("value selected", false, v -> DB.select(ARTIST.id, val("s" + v)).from(ARTIST).query()),
                new Family("join", false, v -> DB.select(a.name, b.title).from(a).join(b).on(b.artistId.eq(a.id))
                        .where(b.title.eq("t" + v)).query()),
                new Family("left join", false, v -> DB.select(a.name, b.title).from(a).leftJoin(b)
                        .on(b.artistId.eq(a.id)).where(b.title.eq("t" + v)).query()),
                new Family("decimal", false, v -> DB.selectFrom(ALBUM)
                        .where(ALBUM.price.gt(BigDecimal.valueOf(v, 2))).query()),
                new Family("int column", false, v -> DB.selectFrom(TRACK).where(TRACK.rating.eq(v)).query()),
                new Family("arithmetic", false, v -> DB.selectFrom(TRACK)
                        .where(TRACK.milliseconds.plus(v).gt(1000)).query()),
                new Family("function", false, v -> DB.selectFrom(ARTIST)
                        .where(lower(ARTIST.name).eq("n" + v)).query()),
                new Family("substring", false, v -> DB.select(substring(ARTIST.name, 2)).from(ARTIST)
                        .where(ARTIST.id.eq((long) v)).query()),
                new Family("case", false, v -> DB.select(when(ARTIST.id.gt((long) v), "big").otherwise("small"))
                        .from(ARTIST).query()),
                new Family("group, having", false, v -> DB.select(ARTIST.country, count()).from(ARTIST)
                        .groupBy(ARTIST.country).having(count().gt((long) v)).query()),
                new Family("grouped value", true, v -> DB.select(coalesce(ARTIST.country, "c" + v), count())
                        .from(ARTIST).groupBy(coalesce(ARTIST.country, "c" + v)).query()),
                new Family("grouped number", true, v -> DB.select(ARTIST.id.plus((long) v), count())
                        .from(ARTIST).groupBy(ARTIST.id.plus((long) v)).query()),
                new Family("exists", false, v -> DB.selectFrom(ARTIST).where(exists(DB.selectFrom(ALBUM)
                        .where(ALBUM.artistId.eq(ARTIST.id), ALBUM.title.eq("t" + v)))).query()),
                new Family("in subquery", false, v -> DB.selectFrom(ARTIST).where(ARTIST.id.in(DB.select(ALBUM.artistId)
                        .from(ALBUM).where(ALBUM.title.eq("t" + v)))).query()),
                new Family("scalar subquery", false, v -> DB.select(ARTIST.name, scalar(DB.select(count()).from(ALBUM)
                        .where(ALBUM.artistId.eq(ARTIST.id), ALBUM.id.gt((long) v)))).from(ARTIST).query()),
                new Family("union", false, v -> DB.select(ARTIST.id).from(ARTIST).where(ARTIST.name.eq("n" + v))
                        .unionAll(DB.select(ALBUM.artistId).from(ALBUM).where(ALBUM.title.eq("t" + v))).query()),
                new Family("an int alone", false, v -> DB.select(val(v)).query()),
                new Family("a long alone", false, v -> DB.select(val((long) v)).query()),
                new Family("other table", false, v -> DB.select(ALBUM.id).from(ALBUM)
                        .where(ALBUM.title.eq("n" + v)).query()));
    }

    @Test
    void equalShapesRenderTheSameStatementWithTheSameParameterTypes() {
        for (Dialect d : DIALECTS) {
            List<Query> queries = new ArrayList<>();
            for (Family f : corpus()) {
                for (int seed : new int[] {1, 2, 3, 40}) {
                    if (!f.inlines()) {
                        queries.add(f.build().apply(seed));
                    }
                }
            }
            for (Query x : queries) {
                RenderShape sx = d.shape(x);
                Rendered rx = d.render(x);
                for (Query y : queries) {
                    if (sx.key().equals(d.shape(y).key())) {
                        Rendered ry = d.render(y);
                        assertThat(ry.sql()).as("%s: the same shape as %s", d.name(), rx.sql()).isEqualTo(rx.sql());
                        assertThat(types(ry)).isEqualTo(types(rx));
                        assertThat(ry.targets()).isEqualTo(rx.targets());
                        assertThat(ry.tablesRead()).isEqualTo(rx.tablesRead());
                    }
                }
            }
        }
    }

    @Test
    void theShapesValuesAreTheRenderedParametersInBindingOrder() {
        for (Dialect d : DIALECTS) {
            for (Family f : shaped()) {
                for (int seed : new int[] {1, 2}) {
                    Query q = f.build().apply(seed);
                    assertThat(Arrays.asList(d.shape(q).values())).as("%s, %s", d.name(), f.name())
                            .isEqualTo(values(d.render(q)));
                }
            }
        }
    }

    /** What the cache is for: the same query with other bound values has the same shape. */
    @Test
    void otherValuesKeepTheShape() {
        for (Dialect d : DIALECTS) {
            for (Family f : shaped()) {
                assertThat(d.shape(f.build().apply(1)).key()).as("%s, %s", d.name(), f.name())
                        .isEqualTo(d.shape(f.build().apply(3)).key());
            }
        }
    }

    @Test
    void aQueryThatWritesAValueIntoItsTextHasNoShapeSoNoKeyKeepsAValue() {
        for (Dialect d : DIALECTS) {
            for (Family f : corpus()) {
                if (f.inlines()) {
                    assertThat(d.shape(f.build().apply(1))).as("%s, %s", d.name(), f.name()).isNull();
                    assertThat(d.render(f.build().apply(1)).sql()).contains("1");
                }
            }
        }
    }

    @Test
    void differentFamiliesHaveDifferentShapes() {
        for (Dialect d : DIALECTS) {
            List<Family> families = shaped();
            for (Family x : families) {
                for (Family y : families) {
                    if (x != y) {
                        boolean same = d.shape(x.build().apply(1)).key().equals(d.shape(y.build().apply(1)).key());
                        assertThat(same).as("%s: %s vs %s", d.name(), x.name(), y.name()).isFalse();
                    }
                }
            }
        }
    }

    /** {@code eq(null)} is written {@code IS NULL}: another statement, so another shape, with nothing to bind. */
    @Test
    void comparingWithNullIsAnotherShape() {
        for (Dialect d : DIALECTS) {
            RenderShape none = d.shape(DB.selectFrom(ARTIST).where(ARTIST.name.eq((String) null)).query());
            RenderShape some = d.shape(DB.selectFrom(ARTIST).where(ARTIST.name.eq("n")).query());
            assertThat(none.key()).isNotEqualTo(some.key());
            assertThat(none.values()).isEmpty();
            assertThat(some.values()).containsExactly("n");
        }
    }

    @Test
    void aQueryWithAPlaceholderOrAWriteHasNoShape() {
        Query prepared = DB.selectFrom(ARTIST).where(ARTIST.id.eq(param(ARTIST.id))).query();
        Query update = DB.update(ARTIST).set(ARTIST.name, "x").where(ARTIST.id.eq(1L)).query();
        Query insert = DB.insertInto(ARTIST).values(new dev.quarry.fixtures.Artist(0L, "x", "y")).query();
        for (Dialect d : DIALECTS) {
            assertThat(d.shape(prepared)).isNull();
            assertThat(d.shape(update)).isNull();
            assertThat(d.shape(insert)).isNull();
        }
    }

    private static List<Family> shaped() {
        return corpus().stream().filter(f -> !f.inlines()).toList();
    }

    private static List<DataType<?>> types(Rendered r) {
        return r.params().stream().<DataType<?>>map(Expression::type).toList();
    }
}
