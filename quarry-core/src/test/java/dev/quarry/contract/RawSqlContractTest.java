package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;

/** Hand-written SQL: bound arguments, rows mapped to records by column name, counts. */
class RawSqlContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void rawSelectWithBoundParametersMapsRowsToRecords() {
        List<Track> rows = db.sql("select * from track where genre = ? and milliseconds > ?", "Rock", 250_000)
                .fetchInto(TRACK);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks(t -> "Rock".equals(t.genre())
                && t.milliseconds() > 250_000));
    }

    @AllDatabases
    void rawColumnsInAnotherOrderAndCaseMapByName() {
        List<Artist> rows = db.sql("select COUNTRY, Name, id from artist where id = ?",
                data.artist("Queen").id()).fetchInto(ARTIST);
        assertThat(rows).containsExactly(data.artist("Queen"));
    }

    @AllDatabases
    void rawArgumentsAreBoundNeverSpliced() {
        assertThat(db.sql("select * from artist where name = ?", "x' or '1'='1").fetchInto(ARTIST)).isEmpty();
        assertThat(db.sql("select * from artist where name = ?", "AC/DC").fetchInto(ARTIST))
                .containsExactly(data.artist("AC/DC"));
    }

    @AllDatabases
    void rawExecuteReturnsTheChangedRowCount() {
        long n = db.sql("update track set rating = ? where genre = ?", 2, "R&B").execute();
        assertThat(n).isEqualTo(data.tracks(t -> "R&B".equals(t.genre())).size());
        assertThat(db.select(TRACK.rating).from(TRACK).where(TRACK.genre.eq("R&B")).fetch()).containsOnly(2);
    }

    @AllDatabases
    void aTypedNullArgumentBindsSqlNull() {
        db.sql("update artist set country = ? where name = ?", val(null, DataType.STRING), "Queen").execute();
        assertThat(db.select(ARTIST.country).from(ARTIST).where(ARTIST.name.eq("Queen")).fetchOptional()).isEmpty();
    }

    @AllDatabases
    void rawFetchWithAMapperReadsTypedValues() {
        List<Long> ids = db.sql("select id from track where rating is null order by id")
                .fetch(row -> row.get(0, DataType.LONG));
        assertThat(ids).containsExactlyElementsOf(data.tracks(t -> t.rating() == null).stream()
                .map(Track::id).toList());
    }

    @AllDatabases
    void rawFetchOneIntoFindsExactlyOneRow() {
        Artist a = data.artist("Beyoncé");
        assertThat(db.sql("select * from artist where name = ?", a.name()).fetchOneInto(ARTIST)).isEqualTo(a);
        assertThatThrownBy(() -> db.sql("select * from artist where name = ?", "nobody").fetchOneInto(ARTIST))
                .isInstanceOf(NoRowException.class);
        assertThatThrownBy(() -> db.sql("select * from artist").fetchOneInto(ARTIST))
                .isInstanceOf(TooManyRowsException.class);
    }

    @AllDatabases
    void rawFetchFirstReadsOnlyTheFirstRow() {
        assertThat(db.sql("select name from track order by milliseconds desc").fetchFirst(r -> r.get(0,
                DataType.STRING))).contains(data.tracks().stream()
                .max(java.util.Comparator.comparingInt(Track::milliseconds)).orElseThrow().name());
    }

    @AllDatabases
    void rawSqlSeesRowsWrittenThroughTheDsl() {
        db.update(TRACK).set(TRACK.genre, "Metal").where(TRACK.id.eq(101L)).execute();
        assertThat(db.sql("select count(*) from track where genre = ?", "Metal").fetch(r -> r.getLong(0)))
                .containsExactly(1L);
        assertThat(data.tracks(t -> Objects.equals(t.genre(), "Metal"))).isEmpty();
    }
}
