package dev.quarry.engine;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.function;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.fixtures.Artist;
import dev.quarry.schema.DataType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;

/**
 * A connection hook on SQLite: pragmas, and Java scalar and aggregate functions registered with sqlite-jdbc's
 * {@link Function} and called from the DSL with {@code Dsl.function}. These are the hook examples of
 * docs/sqlite.md.
 */
class SqliteConnectionHookTest {
    @TempDir
    Path dir;

    /** docs/sqlite.md: a hook that sets a pragma and registers two Java functions on every connection. */
    static void registerFunctions(Connection connection) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute("PRAGMA cache_size = -16000"); // 16 MB of page cache per connection
        }
        Function.create(connection, "initials", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                String name = value_text(0);
                if (name == null) {
                    result();
                    return;
                }
                StringBuilder b = new StringBuilder();
                for (String word : name.split("\\s+")) {
                    if (!word.isEmpty()) {
                        b.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
                    }
                }
                result(b.toString());
            }
        }, 1, Function.FLAG_DETERMINISTIC);
        Function.create(connection, "longest", new Function.Aggregate() {
            private String longest;

            @Override
            protected void xStep() throws SQLException {
                String v = value_text(0);
                if (v != null && (longest == null || v.length() > longest.length())) {
                    longest = v;
                }
            }

            @Override
            protected void xFinal() throws SQLException {
                result(longest);
            }
        }, 1);
    }

    @Test
    void javaFunctionsRegisteredByAHookAreCallableFromTheDslOnEveryConnection() {
        QuarrySettings settings = QuarrySettings.builder()
                .readers(3)
                .onConnect(SqliteConnectionHookTest::registerFunctions)
                .build();
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("music.db"), settings)) {
            db.schema().create(ARTIST);
            db.insertInto(ARTIST).values(List.of(new Artist(0, "Led Zeppelin", "GB"),
                    new Artist(0, "the velvet underground", "US"), new Artist(0, "ABBA", "SE"))).execute();

            List<String> initials = db.select(function("initials", DataType.STRING, ARTIST.name))
                    .from(ARTIST).orderBy(ARTIST.id.asc()).fetch();
            assertThat(initials).containsExactly("LZ", "TVU", "A");
            for (int i = 0; i < 6; i++) { // each read may land on another reader: each has the functions
                assertThat(db.select(function("longest", DataType.STRING, ARTIST.name)).from(ARTIST).fetchOne())
                        .isEqualTo("the velvet underground");
            }
            String onWriter = db.transaction(tx -> {
                tx.update(ARTIST).set(ARTIST.name, "The Velvet Underground").where(ARTIST.id.eq(2L)).execute();
                return tx.select(function("initials", DataType.STRING, ARTIST.name)).from(ARTIST)
                        .where(ARTIST.id.eq(2L)).fetchOne();
            });
            assertThat(onWriter).isEqualTo("TVU");
            List<Long> byInitials = db.select(ARTIST.id).from(ARTIST)
                    .where(function("initials", DataType.STRING, ARTIST.name).eq("LZ")).fetch();
            assertThat(byInitials).containsExactly(1L);
            long cache = db.sql("SELECT cache_size FROM pragma_cache_size").fetch(r -> r.getLong(0)).get(0);
            assertThat(cache).isEqualTo(-16000);
        }
    }

    @Test
    void aFunctionNobodyRegisteredFailsWithTheDatabasesMessage() {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("none.db"))) {
            db.schema().create(ARTIST);
            assertThatThrownBy(() -> db.select(function("initials", DataType.STRING, ARTIST.name)).from(ARTIST)
                    .fetch()).hasMessageContaining("no such function: initials");
        }
    }

    @Test
    void aFailingHookFailsOpenWithTheHooksError() {
        // loading an extension from a hook needs enable_load_extension=true in the URL; loadExtension(Path) does not
        QuarrySettings settings = QuarrySettings.builder()
                .onConnect(c -> {
                    try (var s = c.createStatement()) {
                        s.execute("SELECT load_extension('mod_nothing')");
                    }
                })
                .build();
        assertThatThrownBy(() -> Quarry.open("jdbc:sqlite:" + dir.resolve("bad.db"), settings))
                .hasMessageContaining("connection hook #1").hasMessageContaining("not authorized");
    }
}
