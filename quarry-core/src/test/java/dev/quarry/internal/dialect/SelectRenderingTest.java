package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.Rendered;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.internal.dialect.TestDialects.DB;
import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static dev.quarry.internal.dialect.TestDialects.values;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.exists;
import static dev.quarry.query.Dsl.ref;
import static dev.quarry.query.Dsl.selectOne;
import static dev.quarry.query.Dsl.val;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.fixtures.AlbumTable;
import dev.quarry.fixtures.ArtistTable;
import dev.quarry.query.DerivedTable;
import dev.quarry.query.Param;
import dev.quarry.query.Query;
import dev.quarry.schema.DataType;
import org.junit.jupiter.api.Test;

class SelectRenderingTest {

    private static String sql(Dialect d, Query q) {
        return d.render(q).sql();
    }

    @Test
    void selectingATableListsItsColumnsQualifiedInDefinitionOrder() {
        Query q = DB.selectFrom(ARTIST).where(ARTIST.name.eq("Queen")).query();
        assertThat(sql(SQLITE, q)).isEqualTo(
                "SELECT \"artist\".\"id\", \"artist\".\"name\", \"artist\".\"country\" FROM \"artist\""
                        + " WHERE \"artist\".\"name\" = ?");
        assertThat(sql(POSTGRES, q)).isEqualTo(sql(SQLITE, q));
        assertThat(sql(MARIADB, q)).isEqualTo(
                "SELECT `artist`.`id`, `artist`.`name`, `artist`.`country` FROM `artist` WHERE `artist`.`name` = ?");
        Rendered r = SQLITE.render(q);
        assertThat(r.params()).containsExactly(new Param<>("Queen", ARTIST.name.type()));
        assertThat(r.returnsRows()).isTrue();
        assertThat(r.generatedKeys()).isFalse();
    }

    @Test
    void aliasedTablesQualifyTheirColumnsByTheAlias() {
        ArtistTable a = ARTIST.as("a");
        AlbumTable b = ALBUM.as("b");
        Query q = DB.select(a.name, b.title).from(a).join(b).on(b.artistId.eq(a.id))
                .where(b.released.isNull()).query();
        assertThat(sql(POSTGRES, q)).isEqualTo("SELECT \"a\".\"name\", \"b\".\"title\" FROM \"artist\" AS \"a\""
                + " JOIN \"album\" AS \"b\" ON \"b\".\"artist_id\" = \"a\".\"id\" WHERE \"b\".\"released\" IS NULL");
    }

    @Test
    void leftJoinGroupByHavingAndAliasesRenderInOrder() {
        var n = count(ALBUM.id).as("albums");
        Query q = DB.select(ARTIST.name, n).from(ARTIST).leftJoin(ALBUM).on(ALBUM.artistId.eq(ARTIST.id))
                .groupBy(ARTIST.name).having(count(ALBUM.id).gt(1L)).orderBy(ref("albums", DataType.LONG).desc())
                .query();
        assertThat(sql(SQLITE, q)).isEqualTo("SELECT \"artist\".\"name\", COUNT(\"album\".\"id\") AS \"albums\""
                + " FROM \"artist\" LEFT JOIN \"album\" ON \"album\".\"artist_id\" = \"artist\".\"id\""
                + " GROUP BY \"artist\".\"name\" HAVING COUNT(\"album\".\"id\") > ? ORDER BY \"albums\" DESC");
    }

    @Test
    void aSelectWithoutFromIsAllowed() {
        Query q = DB.select(val(1)).query();
        assertThat(sql(SQLITE, q)).isEqualTo("SELECT ?");
        assertThat(sql(MARIADB, q)).isEqualTo("SELECT ?");
    }

    @Test
    void distinctLimitAndOffsetAreBoundParameters() {
        Query q = DB.select(ARTIST.country).distinct().from(ARTIST).limit(10).offset(20).query();
        assertThat(sql(SQLITE, q)).isEqualTo(
                "SELECT DISTINCT \"artist\".\"country\" FROM \"artist\" LIMIT ? OFFSET ?");
        assertThat(values(SQLITE.render(q))).containsExactly(10L, 20L);
        assertThat(sql(MARIADB, q)).endsWith(" LIMIT ? OFFSET ?");
    }

    @Test
    void anOffsetWithoutALimitGetsTheLimitThatMeansAllWhereOneIsRequired() {
        Query q = DB.selectFrom(ARTIST).offset(5).query();
        assertThat(sql(SQLITE, q)).endsWith(" FROM \"artist\" LIMIT -1 OFFSET ?");
        assertThat(sql(POSTGRES, q)).endsWith(" FROM \"artist\" OFFSET ?");
        assertThat(sql(MARIADB, q)).endsWith(" FROM `artist` LIMIT 18446744073709551615 OFFSET ?");
    }

    @Test
    void nullsFirstAndLastAreNativeOnSqliteAndPostgresAndEmulatedOnMariaDb() {
        Query q = DB.selectFrom(ARTIST).orderBy(ARTIST.country.asc().nullsLast(), ARTIST.name.desc().nullsFirst(),
                ARTIST.id.asc()).query();
        assertThat(sql(POSTGRES, q)).endsWith(" ORDER BY \"artist\".\"country\" NULLS LAST,"
                + " \"artist\".\"name\" DESC NULLS FIRST, \"artist\".\"id\"");
        assertThat(sql(SQLITE, q)).isEqualTo(sql(POSTGRES, q));
        assertThat(sql(MARIADB, q)).endsWith(" ORDER BY `artist`.`country` IS NULL, `artist`.`country`,"
                + " `artist`.`name` IS NOT NULL, `artist`.`name` DESC, `artist`.`id`");
    }

    @Test
    void sqliteBefore330EmulatesNullsOrderLikeMariaDb() {
        Dialect old = new dev.quarry.internal.dialect.sqlite.SqliteDialect(new int[]{3, 29, 0});
        Query q = DB.selectFrom(ARTIST).orderBy(ARTIST.country.asc().nullsFirst()).query();
        assertThat(sql(old, q)).endsWith(" ORDER BY \"artist\".\"country\" IS NOT NULL, \"artist\".\"country\"");
    }

    @Test
    void unionMembersStayUnparenthesisedAndTheWholeSetIsOrderedByPosition() {
        Query q = DB.select(ARTIST.id, ARTIST.name).from(ARTIST).where(ARTIST.country.eq("UK"))
                .unionAll(DB.select(ARTIST.id, ARTIST.name).from(ARTIST).where(ARTIST.country.eq("US")))
                .orderBy(ARTIST.name.asc().nullsFirst()).limit(3).query();
        String members = "SELECT \"artist\".\"id\", \"artist\".\"name\" FROM \"artist\" WHERE \"artist\".\"country\""
                + " = ? UNION ALL SELECT \"artist\".\"id\", \"artist\".\"name\" FROM \"artist\" WHERE"
                + " \"artist\".\"country\" = ?";
        assertThat(sql(SQLITE, q)).isEqualTo(members + " ORDER BY 2 NULLS FIRST LIMIT ?");
        assertThat(sql(POSTGRES, q)).isEqualTo(members + " ORDER BY 2 NULLS FIRST LIMIT ?");
        assertThat(sql(MARIADB, q)).endsWith(" ORDER BY `name` IS NOT NULL, 2 LIMIT ?");
        assertThat(SQLITE.render(q).params()).hasSize(3);
    }

    @Test
    void aUnionMemberWithItsOwnLimitBecomesADerivedTable() {
        Query q = DB.select(ARTIST.id).from(ARTIST)
                .union(DB.select(ALBUM.artistId).from(ALBUM).orderBy(ALBUM.id.desc()).limit(1)).query();
        assertThat(sql(SQLITE, q)).isEqualTo("SELECT \"artist\".\"id\" FROM \"artist\" UNION SELECT * FROM"
                + " (SELECT \"album\".\"artist_id\" FROM \"album\" ORDER BY \"album\".\"id\" DESC LIMIT ?)"
                + " AS \"union_1\"");
    }

    @Test
    void derivedTablesExistsAndScalarSubqueriesAreParenthesised() {
        DerivedTable recent = DB.select(ALBUM.artistId, count().as("n")).from(ALBUM).groupBy(ALBUM.artistId)
                .asTable("recent");
        Query q = DB.select(ARTIST.name, recent.field(count().as("n"))).from(ARTIST).join(recent)
                .on(recent.field(ALBUM.artistId).eq(ARTIST.id))
                .where(exists(selectOne().from(ALBUM).where(ALBUM.artistId.eq(ARTIST.id))))
                .query();
        assertThat(sql(POSTGRES, q)).isEqualTo("SELECT \"artist\".\"name\", \"recent\".\"n\" FROM \"artist\""
                + " JOIN (SELECT \"album\".\"artist_id\", COUNT(*) AS \"n\" FROM \"album\" GROUP BY"
                + " \"album\".\"artist_id\") AS \"recent\" ON \"recent\".\"artist_id\" = \"artist\".\"id\""
                + " WHERE EXISTS (SELECT ? FROM \"album\" WHERE \"album\".\"artist_id\" = \"artist\".\"id\")");
    }
}
