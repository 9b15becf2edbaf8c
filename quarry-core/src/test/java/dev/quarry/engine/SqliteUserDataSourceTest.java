package dev.quarry.engine;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.fixtures.Artist;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A SQLite {@code DataSource} the user already has is used as it is, and left usable after Quarry closes. */
class SqliteUserDataSourceTest {

    @Test
    void aUsersSqliteDataSourceRunsTheDslAndIsNotClosedByQuarry(@TempDir Path dir) throws Exception {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + Files.createFile(dir.resolve("user.db")));
        try (Quarry db = Quarry.open(ds, QuarrySettings.DEFAULTS)) {
            db.schema().create(ARTIST);
            db.insertInto(ARTIST).values(new Artist(0, "Björk", "IS")).execute();
            assertThat(db.selectFrom(ARTIST).fetchOne().name()).isEqualTo("Björk");
            assertThat(db.dialectName()).isEqualTo("sqlite");
        }
        try (Connection c = ds.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM artist")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
