package dev.quarry.engine;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.lower;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.schema.DataType;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;

/**
 * Quarry changes the meaning of nothing built into SQLite on its connections: hand-written SQL follows SQLite's own
 * rules (LIKE folds ASCII case, lower() folds ASCII only), an index built on lower(x) by another tool serves
 * Quarry's hand-written SQL, while the DSL keeps its portable meaning through what it renders, and its prefix LIKE
 * still uses an index.
 */
class SqliteSeenAsSqliteTest {

    private static Quarry filled(TestDb t) {
        Quarry db = t.use(ARTIST, ALBUM);
        for (String name : List.of("The Cult", "the cure", "ÖSTERREICH", "Theatre of Tragedy", "Nick Cave")) {
            db.insertInto(ARTIST).values(new Artist(0, name, null)).execute();
        }
        return db;
    }

    private static List<String> rawNames(Quarry db, String where, Object... args) {
        return db.sql("SELECT name FROM artist WHERE " + where + " ORDER BY name", args).fetch(r -> r.get(0, DataType.STRING));
    }

    @OnDatabases(TestTarget.SQLITE)
    void handWrittenSqlFollowsSqlitesOwnRules(TestDb t) {
        Quarry db = filled(t);
        assertThat(rawNames(db, "name LIKE ?", "the%")).as("SQLite's LIKE folds ASCII case")
                .containsExactly("The Cult", "Theatre of Tragedy", "the cure");
        assertThat(db.sql("SELECT lower('ÖSTERREICH'), upper('österreich')").fetch(r -> r.get(0, DataType.STRING) + "|"
                + r.get(1, DataType.STRING))).as("SQLite's built-ins fold ASCII only").containsExactly("Österreich|öSTERREICH");
    }

    @OnDatabases(TestTarget.SQLITE)
    void theDslKeepsItsPortableMeaning(TestDb t) {
        Quarry db = filled(t);
        assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.name.like("the%")).fetch())
                .containsExactly("the cure");
        assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.name.like("The%")).orderBy(ARTIST.name.asc())
                .fetch()).containsExactly("The Cult", "Theatre of Tragedy");
        assertThat(db.select(lower(ARTIST.name)).from(ARTIST).where(ARTIST.name.like("Ö%")).fetch())
                .containsExactly("österreich");
        assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.name.likeIgnoreCase("österreich")).fetch())
                .containsExactly("ÖSTERREICH");
    }

    @OnDatabases(TestTarget.SQLITE)
    void anIndexOnLowerBuiltByAnotherToolServesHandWrittenSqlAndTheDslPrefixLikeUsesAnIndex(TestDb t) {
        Quarry db = filled(t);
        db.sql("CREATE INDEX artist_lower_name ON artist (lower(name))").execute();
        try {
            assertThat(rawNames(db, "lower(name) = ?", "the cult")).containsExactly("The Cult");
            assertThat(plan(db, "SELECT country FROM artist WHERE lower(name) = 'the cult'"))
                    .contains("SEARCH artist USING INDEX artist_lower_name");
            // artist.name is UNIQUE, so it has an index; a prefix pattern searches it as a range
            String dslSql = db.select(ARTIST.country).from(ARTIST).where(ARTIST.name.like("The C%")).prepare().sql();
            assertThat(dslSql).contains(" GLOB ?");
            assertThat(plan(db, dslSql.replace("?", "'The C*'"))).startsWith("SEARCH artist USING INDEX")
                    .contains("name>? AND name<?");
        } finally {
            db.sql("DROP INDEX artist_lower_name").execute();
        }
    }

    /**
     * The plan, asked on the writer: EXPLAIN starts no transaction, so a reader that loaded the schema before the
     * index existed would plan without it (a real statement notices the schema change and is prepared again).
     */
    private static String plan(Quarry db, String sql) {
        return db.withConnection(ConnectionAccess.WRITE, c -> {
            List<String> lines = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(4));
                }
            }
            return String.join("\n", lines);
        });
    }
}
