package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.Rendered;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.internal.dialect.TestDialects.values;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.val;
import static dev.quarry.query.Dsl.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.fixtures.Artist;
import dev.quarry.query.Query;
import dev.quarry.schema.Identifiers;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * No value ever reaches the SQL text: a statement renders to the same SQL whatever its values, and the values
 * travel as parameters, for any string including quotes, semicolons, comments and LIKE wildcards.
 */
class ParameterSafetyTest {
    private static final List<Dialect> DIALECTS = List.of(SQLITE, POSTGRES, MARIADB);

    /** Statement shapes that take a user's string in every place a value can go. */
    private static final List<Function<String, Query>> SHAPES = List.of(
            s -> DB.selectFrom(ARTIST).where(ARTIST.name.eq(s), ARTIST.country.ne(s)).query(),
            s -> DB.selectFrom(ARTIST).where(ARTIST.name.contains(s).or(ARTIST.name.likeIgnoreCase(s))).query(),
            s -> DB.selectFrom(ARTIST).where(ARTIST.name.in(s, "x", s)).query(),
            s -> DB.select(when(ARTIST.name.startsWith(s), s).otherwise(concat(ARTIST.name, val(s))))
                    .from(ARTIST).query(),
            s -> DB.insertInto(ARTIST).values(List.of(new Artist(0, s, s), new Artist(0, "b", null))).query(),
            s -> DB.insertInto(ARTIST).set(ARTIST.name, s).onConflict(ARTIST.name).doUpdateSetExcluded(ARTIST.country)
                    .query(),
            s -> DB.update(ARTIST).set(ARTIST.country, s).where(ARTIST.name.endsWith(s)).query(),
            s -> DB.deleteFrom(ARTIST).where(ARTIST.name.notIn(s)).query());

    @Property(tries = 100)
    void valuesNeverChangeTheSqlText(@ForAll("hostile") String value) {
        for (Dialect d : DIALECTS) {
            for (Function<String, Query> shape : SHAPES) {
                Rendered benign = d.render(shape.apply("x"));
                Rendered hostile = d.render(shape.apply(value));
                assertThat(hostile.sql()).isEqualTo(benign.sql());
                assertThat(hostile.params()).hasSameSizeAs(benign.params());
                assertThat(values(hostile).toString()).contains(value);
            }
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of("'", "\"", "`", ";", "--", "/*", "*/", "%", "_", "\\", "?", "$1",
                "' OR '1'='1", "); DROP TABLE artist; --", "\u0000", "\n", "é", "𝄞");
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12);
        return Arbitraries.oneOf(pieces, text).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Property(tries = 100)
    void aQuotedIdentifierReadsBackAsTheName(@ForAll @StringLength(min = 1, max = 20) String raw) {
        StringBuilder b = new StringBuilder();
        raw.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '_' : c));
        String name = b.toString();
        Identifiers.check("name", name);
        for (Dialect d : DIALECTS) {
            String quoted = d.quote(name);
            String mark = quoted.substring(0, 1);
            String inner = quoted.substring(1, quoted.length() - 1);
            assertThat(quoted).endsWith(mark);
            // Every mark inside comes in pairs, so the identifier cannot end early.
            assertThat(inner.replace(mark + mark, "")).doesNotContain(mark);
            assertThat(inner.replace(mark + mark, mark)).isEqualTo(name);
        }
    }
}
