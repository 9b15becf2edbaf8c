package dev.quarry.engine;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Dsl;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Prepared;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public facade end to end on SQLite: open, schema in foreign-key order, DSL statements, prepared runs. */
class QuarryFacadeTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseRunsTheDslFromSchemaToPreparedQueries() {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("app.db"))) {
            assertThat(db.dialectName()).isEqualTo("sqlite");
            db.schema().create(ALBUM, ARTIST); // children given first: created parents first
            Artist queen = db.insertInto(ARTIST).values(new Artist(0, "Queen", "GB")).returning().fetchOne();
            assertThat(queen.id()).isPositive();
            db.insertInto(ALBUM).values(List.of(
                    new Album(1, queen.id(), "A Night at the Opera", LocalDate.of(1975, 11, 21), new BigDecimal("9.99")),
                    new Album(2, queen.id(), "Jazz", null, new BigDecimal("7.50")))).execute();

            Placeholder<Long> id = Dsl.param(ALBUM.id);
            Prepared<Album> byId = db.selectFrom(ALBUM).where(ALBUM.id.eq(id)).prepare();
            assertThat(byId.placeholders()).containsExactly(id);
            assertThat(byId.fetchOne(2L).title()).isEqualTo("Jazz");
            assertThat(byId.fetchOptional(3L)).isEmpty();
            assertThatThrownBy(() -> byId.fetch("two")).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("placeholder");

            assertThat(db.update(ALBUM).set(ALBUM.title, "Jazz (remastered)").where(ALBUM.id.eq(2L)).execute())
                    .isOne();
            assertThat(db.selectFrom(ALBUM).where(ALBUM.artistId.eq(queen.id())).fetch()).hasSize(2);
            db.schema().drop(ARTIST, ALBUM); // parents given first: dropped children first
        }
    }

    @Test
    void everyUseAfterCloseIsAMisuseAndClosingTwiceIsHarmless() {
        Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("c.db"));
        db.close();
        db.close();
        assertThatThrownBy(() -> db.sql("SELECT 1").fetch(r -> r.getInt(0))).isInstanceOf(MisuseException.class)
                .hasMessageContaining("is closed");
        assertThatThrownBy(db::schema).isInstanceOf(MisuseException.class);
    }

    @Test
    void anUnknownUrlIsRefusedWithWhatIsAccepted() {
        assertThatThrownBy(() -> Quarry.open("jdbc:h2:mem:x")).isInstanceOf(MisuseException.class)
                .hasMessageContaining("jdbc:sqlite:");
    }
}
