package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.NamedValueTable;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;

/** Creating and dropping tables from their definitions, in foreign key order whatever order they are given in. */
class SchemaContractTest {
    private TestDb t;
    private Quarry db;

    @BeforeEach
    void clean(TestDb testDb) {
        t = testDb;
        db = testDb.db();
        db.schema().dropIfExists(PLAYLIST_TRACK, TRACK, ALBUM, ARTIST);
    }

    /** The tables of this test's schema, read from JDBC metadata on a raw connection. */
    private Set<String> tables() throws SQLException {
        Connection c = t.jdbc();
        DatabaseMetaData md = c.getMetaData();
        String catalog = t.is(TestTarget.MARIADB) ? t.schemaName() : null;
        String schema = t.is(TestTarget.POSTGRES) ? t.schemaName() : null;
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        c.close();
        return names;
    }

    @AllDatabases
    void createMakesParentsBeforeChildrenWhateverTheOrderGiven() throws SQLException {
        db.schema().create(PLAYLIST_TRACK, TRACK, ALBUM, ARTIST);
        assertThat(tables()).contains("artist", "album", "track", "playlist_track");
        db.insertInto(ARTIST).values(new Artist(0, "x", null)).execute();
        long id = db.select(ARTIST.id).from(ARTIST).fetchOne();
        db.insertInto(ALBUM).values(new Album(1, id, "y", null, BigDecimal.ONE.setScale(2))).execute();
        assertThat(db.selectFrom(ALBUM).fetch()).hasSize(1);
    }

    @AllDatabases
    void dropRemovesChildrenBeforeParentsWhateverTheOrderGiven() throws SQLException {
        db.schema().create(ARTIST, ALBUM, TRACK, PLAYLIST_TRACK);
        db.schema().drop(ARTIST, ALBUM, TRACK, PLAYLIST_TRACK);
        assertThat(tables()).doesNotContain("artist", "album", "track", "playlist_track");
    }

    @AllDatabases
    void createIfNotExistsTwiceIsFineAndKeepsTheRows() throws SQLException {
        db.schema().createIfNotExists(ARTIST, ALBUM);
        db.insertInto(ARTIST).values(new Artist(0, "kept", null)).execute();
        db.schema().createIfNotExists(ARTIST, ALBUM);
        assertThat(tables()).contains("artist", "album");
        assertThat(db.select(ARTIST.name).from(ARTIST).fetch()).containsExactly("kept");
    }

    @AllDatabases
    void createOfAnExistingTableFails() {
        db.schema().create(ARTIST);
        assertThatThrownBy(() -> db.schema().create(ARTIST)).isInstanceOf(QuarryException.class);
    }

    @AllDatabases
    void dropOfAMissingTableFailsAndDropIfExistsDoesNot() {
        assertThatThrownBy(() -> db.schema().drop(ARTIST)).isInstanceOf(QuarryException.class);
        db.schema().dropIfExists(ARTIST);
    }

    @AllDatabases
    void aDefaultThatIsNotAValueOfItsColumnsTypeIsAMisuseBeforeAnyDdl() throws SQLException {
        // the processor refuses such a @Default at compile time; a table written by hand meets it here
        NamedValueTable badDefault = new NamedValueTable(TableDef.builder("q_bad_default").column("id", DataType.LONG)
                .column(new ColumnDef("val", DataType.string(3), false, "abcd", false)).primaryKey("id").build());
        assertThatThrownBy(() -> db.schema().create(badDefault)).isInstanceOf(MisuseException.class)
                .hasMessageContaining("'q_bad_default.val'").hasMessageContaining("longer than 3 characters");
        assertThat(tables()).doesNotContain("q_bad_default");
    }

    /** A (long id, text val) table named {@code name}, shaped further by {@code more}. */
    private static NamedValueTable valueTable(String name, UnaryOperator<TableDef.Builder> more) {
        return new NamedValueTable(more.apply(TableDef.builder(name).column("id", DataType.LONG)
                .nullableColumn("val", DataType.string(100)).primaryKey("id")).build());
    }

    @AllDatabases
    void namesThatSomeDatabaseScopesToTheSchemaMustDifferAcrossTables() throws SQLException {
        NamedValueTable first = valueTable("q_first", b -> b.index("q_by_val", "val"));
        NamedValueTable second = valueTable("q_second", b -> b.unique("q_by_val", "val"));
        NamedValueTable namedLikeATable = valueTable("q_third", b -> b.index("q_first", "val"));
        NamedValueTable child = valueTable("q_child", b -> b.foreignKey("q_link", List.of("id"), "q_first",
                List.of("id"), ReferentialAction.CASCADE));
        NamedValueTable otherChild = valueTable("q_other_child", b -> b.foreignKey("q_link", List.of("id"),
                "q_first", List.of("id"), ReferentialAction.CASCADE));

        // refused on every database, though MariaDB alone would take the first case and the others the last
        assertThatThrownBy(() -> db.schema().create(first, second)).isInstanceOf(MisuseException.class)
                .hasMessageStartingWith("the index name 'q_by_val' of table 'q_second' is taken: it already names"
                        + " index 'q_by_val' of table 'q_first'");
        assertThatThrownBy(() -> db.schema().create(first, namedLikeATable))
                .isInstanceOf(MisuseException.class)
                .hasMessageContaining("it already is the name of table 'q_first'");
        assertThatThrownBy(() -> db.schema().createIfNotExists(first, child, otherChild))
                .isInstanceOf(MisuseException.class)
                .hasMessageContaining("foreign key name 'q_link' of table 'q_other_child' is taken");
        assertThat(tables()).doesNotContain("q_first", "q_second", "q_third", "q_child", "q_other_child");

        db.schema().create(first, child);
        assertThat(tables()).contains("q_first", "q_child");
        db.schema().drop(child, first);
    }

    @AllDatabases
    void createMakesTheDefinitionsIndexes() throws SQLException {
        db.schema().create(ARTIST, ALBUM, TRACK);
        Connection c = t.jdbc();
        String catalog = t.is(TestTarget.MARIADB) ? t.schemaName() : null;
        String schema = t.is(TestTarget.POSTGRES) ? t.schemaName() : null;
        Set<String> indexes = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getIndexInfo(catalog, schema, "track", false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    indexes.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        c.close();
        assertThat(indexes).contains("track_genre_idx");
    }

    @AllDatabases
    void theTablesOfADefinitionAcceptAndReturnTheirRows() {
        db.schema().create(ARTIST);
        db.insertInto(ARTIST).values(new Artist(0, "y", "z")).execute();
        Artist a = db.selectFrom(ARTIST).fetchOne();
        assertThat(a).isEqualTo(new Artist(a.id(), "y", "z"));
    }
}
