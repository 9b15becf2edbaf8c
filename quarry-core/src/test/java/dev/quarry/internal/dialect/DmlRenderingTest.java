package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.Rendered;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.internal.dialect.TestDialects.values;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.excluded;
import static dev.quarry.query.Dsl.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.ArtistTable;
import dev.quarry.internal.dialect.mariadb.MariaDbDialect;
import dev.quarry.internal.dialect.sqlite.SqliteDialect;
import dev.quarry.query.Conflict;
import dev.quarry.query.InsertQuery;
import dev.quarry.query.Query;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmlRenderingTest {
    private static final Artist QUEEN = new Artist(0, "Queen", "UK");
    private static final Artist ABBA = new Artist(0, "ABBA", null);

    private static String sql(Dialect d, Query q) {
        return d.render(q).sql();
    }

    @Test
    void aMultiRowInsertLeavesTheGeneratedKeyOutAndBindsEveryValue() {
        Query q = DB.insertInto(ARTIST).values(List.of(QUEEN, ABBA)).query();
        assertThat(sql(SQLITE, q)).isEqualTo("INSERT INTO \"artist\" (\"name\", \"country\") VALUES (?, ?), (?, ?)");
        assertThat(sql(MARIADB, q)).isEqualTo("INSERT INTO `artist` (`name`, `country`) VALUES (?, ?), (?, ?)");
        Rendered r = POSTGRES.render(q);
        assertThat(values(r)).containsExactly("Queen", "UK", "ABBA", null);
        assertThat(r.returnsRows()).isFalse();
        assertThat(r.generatedKeys()).isFalse();
    }

    @Test
    void aBatchRendersOneRowForTheEngineToBindPerRecord() {
        Rendered r = SQLITE.render(DB.insertInto(ARTIST).batch(List.of(QUEEN, ABBA)).query());
        assertThat(r.sql()).isEqualTo("INSERT INTO \"artist\" (\"name\", \"country\") VALUES (?, ?)");
        assertThat(values(r)).containsExactly("Queen", "UK");
    }

    @Test
    void returningIsAClauseWhereTheDatabaseHasOne() {
        Query q = DB.insertInto(ARTIST).values(QUEEN).returning(ARTIST.id).query();
        for (Dialect d : List.of(SQLITE, POSTGRES, MARIADB)) {
            Rendered r = d.render(q);
            assertThat(r.sql()).endsWith(" RETURNING " + d.quote("artist") + "." + d.quote("id"));
            assertThat(r.returnsRows()).isTrue();
            assertThat(r.generatedKeys()).isFalse();
        }
    }

    @Test
    void aGeneratedKeyComesFromJdbcWhereReturningIsMissing() {
        Query q = DB.insertInto(ARTIST).values(QUEEN).returning(ARTIST.id).query();
        for (Dialect old : List.of(new SqliteDialect(new int[]{3, 34, 1}), new MariaDbDialect(new int[]{10, 4, 0}))) {
            Rendered r = old.render(q);
            assertThat(r.sql()).doesNotContain("RETURNING");
            assertThat(r.generatedKeys()).isTrue();
            assertThat(r.returnsRows()).isFalse();
        }
    }

    @Test
    void returningWhatNoGeneratedKeyCanGiveIsRefusedNamingDatabaseAndVersion() {
        Dialect old = new SqliteDialect(new int[]{3, 34, 1});
        assertThatThrownBy(() -> old.render(DB.insertInto(ARTIST).values(QUEEN).returning().query()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("SQLite 3.34.1").hasMessageContaining("INSERT ... RETURNING");
        assertThatThrownBy(() -> MARIADB.render(DB.update(ARTIST).set(ARTIST.name, "x").returning().query()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("MariaDB 10.11.6").hasMessageContaining("UPDATE ... RETURNING");
    }

    @Test
    void deleteReturningWorksOnMariaDb() {
        Rendered r = MARIADB.render(DB.deleteFrom(ARTIST).where(ARTIST.id.eq(1L)).returning(ARTIST.name).query());
        assertThat(r.sql()).isEqualTo("DELETE FROM `artist` WHERE `artist`.`id` = ? RETURNING `artist`.`name`");
        assertThat(r.returnsRows()).isTrue();
    }

    @Test
    void updateSetsUnqualifiedColumnsAndQualifiesReadsByTheTableName() {
        Query q = DB.update(ARTIST).set(ARTIST.country, concat(ARTIST.country, ARTIST.name))
                .where(ARTIST.id.eq(7L)).query();
        assertThat(sql(POSTGRES, q)).isEqualTo("UPDATE \"artist\" SET \"country\" = (\"artist\".\"country\" ||"
                + " \"artist\".\"name\") WHERE \"artist\".\"id\" = ?");
        assertThat(sql(MARIADB, q)).isEqualTo("UPDATE `artist` SET `country` = CONCAT(`artist`.`country`,"
                + " `artist`.`name`) WHERE `artist`.`id` = ?");
    }

    @Test
    void anAliasedTargetIsWrittenUnderItsOwnNameWhichMariaDbRequires() {
        ArtistTable x = ARTIST.as("x");
        Query q = DB.deleteFrom(x).where(ARTIST.as("x").id.eq(1L)).query();
        assertThat(sql(MARIADB, q)).isEqualTo("DELETE FROM `artist` WHERE `artist`.`id` = ?");
        assertThat(sql(SQLITE, q)).isEqualTo("DELETE FROM \"artist\" WHERE \"artist\".\"id\" = ?");
    }

    @Test
    void doNothingTargetsThePrimaryKeyByDefault() {
        Query q = DB.insertInto(ARTIST).set(ARTIST.id, 1L).set(ARTIST.name, "Queen").onConflictDoNothing().query();
        assertThat(sql(SQLITE, q)).endsWith(" VALUES (?, ?) ON CONFLICT (\"id\") DO NOTHING");
        assertThat(sql(POSTGRES, q)).isEqualTo(sql(SQLITE, q));
        // Not INSERT IGNORE, which also ignores NOT NULL and truncation errors.
        assertThat(sql(MARIADB, q)).isEqualTo(
                "INSERT INTO `artist` (`id`, `name`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `id` = `id`");
    }

    @Test
    void doUpdateReadsTheRejectedValuesAsExcludedOrValues() {
        Query q = DB.insertInto(ARTIST).set(ARTIST.name, "Queen").set(ARTIST.country, "UK").onConflict(ARTIST.name)
                .doUpdate(set(ARTIST.country, excluded(ARTIST.country)),
                        set(ARTIST.name, concat(ARTIST.name, excluded(ARTIST.name)))).query();
        assertThat(sql(SQLITE, q)).endsWith(" ON CONFLICT (\"name\") DO UPDATE SET \"country\" = excluded.\"country\","
                + " \"name\" = (\"artist\".\"name\" || excluded.\"name\")");
        assertThat(sql(MARIADB, q)).endsWith(" ON DUPLICATE KEY UPDATE `country` = VALUES(`country`),"
                + " `name` = CONCAT(`artist`.`name`, VALUES(`name`))");
    }

    @Test
    void anUpsertFromASelectAvoidsEachDatabasesParsingTrap() {
        Query source = DB.select(ALBUM.artistId, ALBUM.title).from(ALBUM).query();
        InsertQuery q = new InsertQuery(ARTIST, List.of(ARTIST.id, ARTIST.name), List.of(),
                (dev.quarry.query.SelectQuery) source, new Conflict(List.of(), List.of()), List.of(), false);
        String select = "SELECT \"album\".\"artist_id\", \"album\".\"title\" FROM \"album\"";
        assertThat(sql(POSTGRES, q)).isEqualTo("INSERT INTO \"artist\" (\"id\", \"name\") " + select
                + " ON CONFLICT (\"id\") DO NOTHING");
        assertThat(sql(SQLITE, q)).isEqualTo("INSERT INTO \"artist\" (\"id\", \"name\") SELECT * FROM (" + select
                + ") WHERE 1 = 1 ON CONFLICT (\"id\") DO NOTHING");
        assertThat(sql(MARIADB, q)).contains(" SELECT * FROM (SELECT `album`.`artist_id`, `album`.`title` FROM"
                + " `album`) AS `upsert_source` ON DUPLICATE KEY UPDATE `id` = `id`");
    }

    @Test
    void upsertNeedsSqlite324() {
        Dialect old = new SqliteDialect(new int[]{3, 23, 0});
        assertThatThrownBy(() -> old.render(DB.insertInto(ARTIST).values(QUEEN).onConflictDoNothing().query()))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("SQLite 3.23.0");
    }
}
