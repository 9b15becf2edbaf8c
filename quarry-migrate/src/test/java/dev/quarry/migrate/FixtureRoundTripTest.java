package dev.quarry.migrate;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.AllTypesTable.ALL_TYPES;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.fixtures.RelAlbumTable.REL_ALBUM;
import static dev.quarry.fixtures.RelArtistTable.REL_ARTIST;
import static dev.quarry.fixtures.RelDuetTable.REL_DUET;
import static dev.quarry.fixtures.RelTagTable.REL_TAG;
import static dev.quarry.fixtures.RelTrackTable.REL_TRACK;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.NamedValueTable;
import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.Arrays;

/**
 * The round trip for every table of quarry-core's test fixtures: created with {@code db.schema().create(...)}, read
 * back with {@link SchemaIntrospection}, equal to its definition as {@link SchemaComparison} compares them.
 */
class FixtureRoundTripTest {
    /** Names that need quoting on every database: a quote of each kind, a keyword, a non-ASCII letter. */
    private static final NamedValueTable ODD_NAMES = new NamedValueTable("we\"ird `order`", "sélect", "it's");

    @AllDatabases
    void everyFixtureTableReadsBackAsItWasDeclared(TestDb t) {
        Table<?>[] tables = {ARTIST, ALBUM, TRACK, PLAYLIST_TRACK, ALL_TYPES, ACCOUNT, REL_ARTIST, REL_ALBUM,
            REL_TRACK, REL_TAG, REL_DUET, ODD_NAMES};
        Quarry db = t.use(tables);

        SchemaSnapshot live = RoundTrip.assertReadBackAsDeclared(db,
                Arrays.stream(tables).map(Table::def).toArray(TableDef[]::new));

        assertThat(live.tableNames()).as("nothing but the fixtures, sorted")
                .containsExactlyElementsOf(Arrays.stream(tables).map(Table::name).sorted().toList());
    }
}
