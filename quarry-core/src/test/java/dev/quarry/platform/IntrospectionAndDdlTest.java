package dev.quarry.platform;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.DdlOperations;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.sql.Statement;
import java.util.List;

/** The hook points the migrations module grows: the live schema's tables, and the DDL of a table definition. */
class IntrospectionAndDdlTest {

    @AllDatabases
    void theIntrospectorListsTheSchemasTablesSortedAndNothingElse(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        try (Statement s = t.jdbc().createStatement()) {
            s.execute("CREATE VIEW artist_names AS SELECT name FROM " + db.quote("artist"));
        }
        try {
            List<String> tables = db.withConnection(ConnectionAccess.READ,
                    c -> db.platform().introspector().tableNames(c));
            assertThat(tables).as("views are not tables").contains("album", "artist").doesNotContain("artist_names")
                    .isSorted().allMatch(n -> !n.startsWith("sqlite_"));
        } finally {
            try (Statement s = t.jdbc().createStatement()) {
                s.execute("DROP VIEW artist_names");
            }
        }
    }

    @AllDatabases
    void theDdlOfATableDefinitionCreatesATableTheDslCanUse(TestDb t) {
        Quarry db = t.use(ARTIST, ALBUM);
        DdlOperations ddl = db.platform().ddl();
        db.withConnection(ConnectionAccess.WRITE, c -> {
            try (Statement s = c.createStatement()) {
                s.execute(ddl.dropTable(ALBUM.def(), true));
                for (String sql : ddl.createTable(ALBUM.def(), false)) {
                    s.execute(sql);
                }
            }
            return null;
        });
        long artist = db.insertInto(ARTIST).values(new Artist(0, "a", "IS")).returning(ARTIST.id).fetchOne();
        db.insertInto(ALBUM).values(new Album(0, artist, "made by ddl()", null, new BigDecimal("9.99"))).execute();
        assertThat(db.selectFrom(ALBUM).fetch()).extracting(Album::title).containsExactly("made by ddl()");
        assertThat(ddl.quote("Artist")).isEqualTo(db.quote("Artist"));
    }
}
