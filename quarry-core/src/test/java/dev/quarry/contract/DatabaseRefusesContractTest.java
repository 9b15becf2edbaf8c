package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.CheckViolationException;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A table Quarry created refuses what Quarry refuses, also when the write does not come through Quarry: too long a
 * text for a STRING(n) column and too large a number for a DECIMAL(p,s) one, written by hand-written SQL and by a
 * plain JDBC connection. PostgreSQL and MariaDB refuse by their column types; SQLite, whose types limit nothing, by
 * the CHECK constraints Quarry adds to its tables. Nothing is written.
 */
class DatabaseRefusesContractTest {

    private static long albums(Quarry db) {
        return db.selectFrom(ALBUM).fetch().size();
    }

    @AllDatabases
    void tooLongATextIsRefusedWhoeverWritesIt(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        String name = "x".repeat(121); // artist.name is STRING(120)
        var refused = assertThatThrownBy(() -> db.sql("INSERT INTO " + db.quote("artist") + " ("
                + db.quote("name") + ") VALUES (?)", name).execute()).isInstanceOf(QuarryException.class);
        if (t.is(TestTarget.SQLITE)) {
            refused.isInstanceOf(CheckViolationException.class).hasMessageContaining("quarry_fits_name");
        }
        try (Connection c = t.jdbc(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO artist (name) VALUES ('" + name + "')"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
        assertThat(db.selectFrom(ARTIST).fetch()).isEmpty();
        db.sql("INSERT INTO " + db.quote("artist") + " (" + db.quote("name") + ") VALUES (?)", "x".repeat(120))
                .execute();
        assertThat(db.selectFrom(ARTIST).fetch()).extracting(Artist::name).containsExactly("x".repeat(120));
    }

    @AllDatabases
    void tooLargeADecimalIsRefusedWhoeverWritesIt(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        db.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
        long artist = db.select(ARTIST.id).from(ARTIST).fetchOne();
        String insert = "INSERT INTO album (id, artist_id, title, price) VALUES (%d, " + artist + ", 't', %s)";
        try (Connection c = t.jdbc(); Statement st = c.createStatement()) {
            // album.price is DECIMAL(10, 2): at most 8 digits before the point
            assertThatThrownBy(() -> st.executeUpdate(String.format(insert, 1, "123456789.12")))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> st.executeUpdate(String.format(insert, 2, "-123456789")))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(albums(db)).isZero();
            st.executeUpdate(String.format(insert, 3, "99999999.99"));
        }
        assertThat(db.select(ALBUM.price).from(ALBUM).fetchOne()).isEqualByComparingTo("99999999.99");
    }

    @AllDatabases
    void aTextInANumberColumnIsRefusedOnSqliteToo(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        db.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
        long artist = db.select(ARTIST.id).from(ARTIST).fetchOne();
        try (Connection c = t.jdbc(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO album (id, artist_id, title, price) VALUES (1, "
                    + artist + ", 't', 'cheap')")).isInstanceOf(java.sql.SQLException.class);
        }
        assertThat(albums(db)).isZero();
    }
}
