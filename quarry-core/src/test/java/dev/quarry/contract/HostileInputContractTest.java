package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.NamedValue;
import dev.quarry.fixtures.NamedValueTable;
import dev.quarry.query.Condition;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;

/** Values, patterns and names full of SQL metacharacters are taken literally, never as SQL. */
class HostileInputContractTest {
    /** Texts that break naive quoting or pattern building. */
    static final List<String> HOSTILE = List.of(
            "O'Reilly",
            "'; DROP TABLE artist; --",
            "Robert'); DELETE FROM artist WHERE ('1'='1",
            "semi;colon",
            "dash -- comment",
            "/* block */ comment",
            "100% pure",
            "under_score",
            "back\\slash",
            "trailing backslash\\",
            "\\%\\_ escaped already",
            "double \"quote\"",
            "back`tick`",
            "dollar $1 $$ quoted $$",
            "question ? mark",
            "percent%%and_underscore__",
            "tab\tand\nnewline",
            "unicode ✓ İstanbul 𝄞");

    private Quarry db;
    private List<Artist> stored;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(ARTIST);
        List<Artist> artists = new ArrayList<>();
        for (String h : HOSTILE) {
            artists.add(new Artist(0, h, h));
        }
        db.insertInto(ARTIST).values(artists).execute();
        stored = db.selectFrom(ARTIST).fetch();
    }

    @AllDatabases
    void hostileValuesAreStoredVerbatim() {
        assertThat(stored).extracting(Artist::name).containsExactlyInAnyOrderElementsOf(HOSTILE);
        assertThat(stored).allSatisfy(a -> assertThat(a.country()).isEqualTo(a.name()));
    }

    @AllDatabases
    void hostileValuesAreFoundByEquality() {
        for (String h : HOSTILE) {
            assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.name.eq(h)).fetch()).as(h).containsExactly(h);
        }
    }

    /** Each needle, its first half and its second half (never splitting a surrogate pair). */
    private static List<String> probes(List<String> needles) {
        List<String> probes = new ArrayList<>();
        for (String n : needles) {
            int half = n.length() / 2;
            if (Character.isLowSurrogate(n.charAt(half))) {
                half++;
            }
            probes.add(n);
            probes.add(n.substring(0, Math.max(1, half)));
            probes.add(n.substring(half));
        }
        return probes;
    }

    private void assertMatches(List<String> probes, Function<String, Condition> condition,
                               BiPredicate<String, String> javaMatch) {
        for (String probe : probes) {
            List<String> expected = HOSTILE.stream().filter(h -> javaMatch.test(h, probe)).toList();
            assertThat(db.select(ARTIST.name).from(ARTIST).where(condition.apply(probe)).fetch())
                    .as("matching %s", probe).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @AllDatabases
    void containsMatchesHostileTextLiterally() {
        assertMatches(probes(HOSTILE), ARTIST.name::contains, String::contains);
    }

    @AllDatabases
    void startsWithAndEndsWithMatchHostileTextLiterally() {
        assertMatches(probes(HOSTILE), ARTIST.name::startsWith, String::startsWith);
        assertMatches(probes(HOSTILE), ARTIST.name::endsWith, String::endsWith);
    }

    @AllDatabases
    void containsIgnoreCaseMatchesHostileAsciiTextLiterally() {
        List<String> ascii = HOSTILE.stream().filter(h -> h.chars().allMatch(c -> c < 128)).toList();
        assertMatches(probes(ascii), s -> ARTIST.name.containsIgnoreCase(s.toUpperCase(Locale.ROOT)),
                (h, s) -> h.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT)));
    }

    @AllDatabases
    void aLoneWildcardIsALiteralCharacterInContains() {
        assertThat(db.select(count()).from(ARTIST).where(ARTIST.name.contains("%")).fetchOne())
                .isEqualTo(HOSTILE.stream().filter(h -> h.contains("%")).count());
        assertThat(db.select(count()).from(ARTIST).where(ARTIST.name.contains("_")).fetchOne())
                .isEqualTo(HOSTILE.stream().filter(h -> h.contains("_")).count());
        assertThat(db.select(count()).from(ARTIST).where(ARTIST.name.endsWith("\\")).fetchOne())
                .isEqualTo(HOSTILE.stream().filter(h -> h.endsWith("\\")).count());
    }

    @AllDatabases
    void hostileRawSqlArgumentsAreBound() {
        for (String h : HOSTILE) {
            List<Artist> found = db.sql("select * from artist where name = ? and country = ?", h, h)
                    .fetchInto(ARTIST);
            assertThat(found).extracting(Artist::name).as(h).containsExactly(h);
        }
        assertThat(db.select(count()).from(ARTIST).fetchOne()).isEqualTo((long) HOSTILE.size());
    }

    /** The name as this database quotes it: doubled double quotes, or doubled backticks on MariaDB. */
    private static String quoted(TestDb t, String name) {
        return t.is(TestTarget.MARIADB) ? "`" + name.replace("`", "``") + "`" : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void assertTableWorks(TestDb t, NamedValueTable table) {
        Quarry db = t.use(table);
        String sql = db.selectFrom(table).where(table.value.eq(dev.quarry.query.Dsl.param(table.value))).prepare()
                .sql();
        assertThat(sql).contains(quoted(t, table.name()), quoted(t, table.value.name()));
        db.insertInto(table).values(List.of(new NamedValue(1, "one"), new NamedValue(2, "two'\"`"))).execute();
        assertThat(db.selectFrom(table).where(table.value.eq("two'\"`")).fetch())
                .containsExactly(new NamedValue(2, "two'\"`"));
        db.update(table).set(table.value, "uno").where(table.id.eq(1L)).execute();
        NamedValueTable alias = table.as("a\"li`as");
        assertThat(db.select(alias.value).from(alias).where(alias.id.eq(1L)).fetchOne()).isEqualTo("uno");
        assertThat(db.quote(table.name())).isEqualTo(quoted(t, table.name()));
        String raw = "SELECT " + db.quote(table.value.name()) + " FROM " + db.quote(table.name()) + " WHERE "
                + db.quote(table.id.name()) + " = ?";
        assertThat(db.sql(raw, 2L).fetch(row -> row.get(0, table.value.type()))).containsExactly("two'\"`");
        List<Long> counted = db.transaction(tx -> tx.sql("SELECT count(*) FROM " + tx.quote(table.name()))
                .fetch(row -> row.getLong(0)));
        assertThat(counted).containsExactly(2L);
        db.insertInto(table).values(new NamedValue(2, "dos")).onConflict(table.id)
                .doUpdateSetExcluded(table.value).execute();
        assertThat(db.select(table.value.as("v\"a`l")).from(table).where(table.id.eq(2L)).fetchOne()).isEqualTo("dos");
        db.deleteFrom(table).where(table.id.eq(1L)).execute();
        assertThat(db.selectFrom(table).fetch()).containsExactly(new NamedValue(2, "dos"));
        db.schema().drop(table);
        t.forget(table);
    }

    @AllDatabases
    void quoteRefusesNamesThatCannotBeQuotedSafely(TestDb t) {
        for (String bad : List.of("", "tab\tle", "new\nline", "x".repeat(64))) {
            assertThatThrownBy(() -> db.quote(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("identifier name");
        }
        assertThatThrownBy(() -> db.quote(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.quote("Artist")).isEqualTo(quoted(t, "Artist"));
    }

    @AllDatabases
    void aTableNamedWithADoubleQuoteWorks(TestDb t) {
        assertTableWorks(t, new NamedValueTable("we\"ird", "i\"d", "val\"ue"));
    }

    @AllDatabases
    void aTableNamedWithABacktickWorks(TestDb t) {
        assertTableWorks(t, new NamedValueTable("we`ird", "`id`", "val`ue"));
    }

    @AllDatabases
    void aTableNamedWithQuotesSemicolonsAndKeywordsWorks(TestDb t) {
        assertTableWorks(t, new NamedValueTable("select'; drop table x; --", "from", "order"));
    }

    @AllDatabases
    void aTableNamedInUnicodeWorks(TestDb t) {
        assertTableWorks(t, new NamedValueTable("tëst ünïcode", "ïd", "välue"));
    }
}
