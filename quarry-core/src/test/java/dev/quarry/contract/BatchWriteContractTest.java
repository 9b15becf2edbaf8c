package dev.quarry.contract;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Prepared;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;

/** Updates of many records by key, and prepared updates, deletes and inserts run as JDBC batches. */
class BatchWriteContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(ARTIST, ALBUM, TRACK);
        data = MusicData.insert(db);
    }

    private static Track renamed(Track t, String name, Integer rating) {
        return new Track(t.id(), t.albumId(), t.position(), name, t.genre(), t.milliseconds(), rating,
                t.unitPrice());
    }

    private static Track loose(long id) {
        return new Track(id, null, (int) id, "Loose " + id, null, (int) id, null, new BigDecimal("1.25"));
    }

    @AllDatabases
    void setRecordsUpdatesEveryNonKeyColumnOfEachRecordByItsKey() {
        List<Track> changed = data.tracks().stream().map(t -> renamed(t, t.name() + " (live)", 5)).toList();
        assertThat(db.update(TRACK).setRecords(changed).execute()).isEqualTo(changed.size());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(changed);
    }

    @AllDatabases
    void setRecordsOfMoreRecordsThanOneBatchFlushUpdatesThemAll() {
        List<Track> rows = IntStream.rangeClosed(1, 2_500).mapToObj(i -> loose(10_000 + i)).toList();
        db.insertInto(TRACK).batch(rows).execute();
        List<Track> changed = rows.stream().map(t -> renamed(t, "Renamed " + t.id(), (int) (t.id() % 5))).toList();
        assertThat(db.update(TRACK).setRecords(changed).execute()).isEqualTo(changed.size());
        assertThat(db.selectFrom(TRACK).where(TRACK.id.gt(10_000L)).fetch())
                .containsExactlyInAnyOrderElementsOf(changed);
    }

    @AllDatabases
    void setRecordsCountsOnlyTheKeysThatMatchedARow() {
        Track kept = renamed(data.tracks().get(0), "Kept", 1);
        long n = db.update(TRACK).setRecords(List.of(kept, loose(999_999))).execute();
        assertThat(n).isEqualTo(1);
        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(kept.id())).fetchOne()).isEqualTo(kept);
    }

    @AllDatabases
    void setRecordsKeepsAWhereGivenBeforeAsAFilterOnEveryRow() {
        List<Track> changed = data.tracks().stream().map(t -> renamed(t, "Filtered", 2)).toList();
        long n = db.update(TRACK).where(TRACK.genre.eq("Rock")).setRecords(changed).execute();
        List<Track> expected = data.tracks().stream()
                .map(t -> "Rock".equals(t.genre()) ? renamed(t, "Filtered", 2) : t).toList();
        assertThat(n).isEqualTo(data.tracks(t -> "Rock".equals(t.genre())).size());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @AllDatabases
    void aRecordThatBreaksAForeignKeyLeavesNothingOfTheBatch() {
        List<Track> changed = new ArrayList<>(data.tracks().stream().map(t -> renamed(t, "Changed", 3)).toList());
        Track last = changed.get(changed.size() - 1);
        changed.set(changed.size() - 1, new Track(last.id(), 424_242L, last.position(), last.name(), last.genre(),
                last.milliseconds(), last.rating(), last.unitPrice()));
        assertThatThrownBy(() -> db.update(TRACK).setRecords(changed).execute())
                .isInstanceOf(ForeignKeyViolationException.class);
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());
    }

    @AllDatabases
    void setRecordsOfChosenColumnsWritesOnlyThoseAndKeepsTheOthers() {
        List<Track> changed = data.tracks().stream()
                .map(t -> new Track(t.id(), t.albumId(), t.position() + 100, t.name() + " (edit)", "Changed",
                        t.milliseconds() + 1, 4, t.unitPrice()))
                .toList();
        assertThat(db.update(TRACK).setRecords(changed, TRACK.name, TRACK.rating).execute())
                .isEqualTo(changed.size());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(
                data.tracks().stream().map(t -> renamed(t, t.name() + " (edit)", 4)).toList());
    }

    @AllDatabases
    void setRecordsOfChosenColumnsRefusesAKeyAForeignOrARepeatedColumnAndWritesNothing() {
        List<Track> changed = data.tracks().stream().map(t -> renamed(t, "Never", 1)).toList();
        assertThatThrownBy(() -> db.update(TRACK).setRecords(changed, TRACK.name, TRACK.id))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id' is in the primary key");
        assertThatThrownBy(() -> db.update(TRACK).setRecords(changed, ARTIST.name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a column of 'track'");
        assertThatThrownBy(() -> db.update(TRACK).setRecords(changed, TRACK.name, TRACK.name))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name' is named twice");
        assertThatThrownBy(() -> db.update(TRACK).setRecords(changed, new dev.quarry.query.Column<?>[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one column");
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());
    }

    @AllDatabases
    void setRecordsOfChosenColumnsChecksTheirValuesAndLeavesEveryRowAsItWas() {
        List<Track> changed = new ArrayList<>(data.tracks().stream().map(t -> renamed(t, "Fine", 2)).toList());
        changed.set(changed.size() - 1, renamed(changed.get(changed.size() - 1), "x".repeat(500), 2));
        assertThatThrownBy(() -> db.update(TRACK).setRecords(changed, TRACK.name, TRACK.rating).execute())
                .isInstanceOf(dev.quarry.error.InvalidValueException.class).hasMessageContaining("name");
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());
    }

    @AllDatabases
    void setRecordsOfNothingIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> db.update(TRACK).setRecords(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no records");
        assertThatThrownBy(() -> db.update(TRACK).set(TRACK.rating, 1).setRecords(data.tracks()))
                .isInstanceOf(IllegalStateException.class);
    }

    @AllDatabases
    void preparedUpdateRunsEveryValueRowAsOneBatch() {
        Prepared<Void> rate = db.update(TRACK).set(TRACK.rating, param(TRACK.rating))
                .where(TRACK.id.eq(param(TRACK.id))).prepare();
        List<Object[]> rows = data.tracks().stream().map(t -> new Object[] {(int) (t.id() % 5), t.id()}).toList();
        assertThat(rate.executeBatch(rows)).isEqualTo(rows.size());
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(
                data.tracks().stream().map(t -> renamed(t, t.name(), (int) (t.id() % 5))).toList());
    }

    @AllDatabases
    void preparedBatchRefusesAValueOfTheWrongTypeBeforeRunningAnyRow() {
        Prepared<Void> rate = db.update(TRACK).set(TRACK.rating, param(TRACK.rating))
                .where(TRACK.id.eq(param(TRACK.id))).prepare();
        long first = data.tracks().get(0).id();
        assertThatThrownBy(() -> rate.executeBatch(List.of(new Object[] {1, first}, new Object[] {"x", first})))
                .isInstanceOf(MisuseException.class);
        assertThatThrownBy(() -> rate.executeBatch(List.of())).isInstanceOf(MisuseException.class);
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());
    }

    @AllDatabases
    void preparedInsertBatchThatHitsADuplicateKeyLeavesNothingAndTheStatementStaysUsable() {
        Prepared<Void> add = db.insertInto(TRACK).set(TRACK.id, param(TRACK.id)).set(TRACK.name, param(TRACK.name))
                .set(TRACK.position, param(TRACK.position)).set(TRACK.milliseconds, param(TRACK.milliseconds))
                .set(TRACK.unitPrice, param(TRACK.unitPrice)).prepare();
        BigDecimal price = new BigDecimal("0.50");
        List<Object[]> clash = List.of(new Object[] {50_001L, "A", 1, 10, price},
                new Object[] {data.tracks().get(0).id(), "Clash", 2, 20, price});
        assertThatThrownBy(() -> add.executeBatch(clash)).isInstanceOf(UniqueViolationException.class);
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(data.tracks());

        // a failed batch must not leave its rows queued on the cached statement for the next run
        assertThat(add.executeBatch(List.<Object[]>of(new Object[] {50_002L, "B", 3, 30, price}))).isEqualTo(1);
        assertThat(db.selectFrom(TRACK).where(TRACK.id.gt(50_000L)).fetch())
                .containsExactly(new Track(50_002L, null, 3, "B", null, 30, null, price));
    }

    @AllDatabases
    void preparedDeleteBatchDeletesEachKeyAndABatchInARolledBackTransactionLeavesNothing() {
        Prepared<Void> drop = db.deleteFrom(TRACK).where(TRACK.id.eq(param(TRACK.id))).prepare();
        List<Object[]> keys = data.tracks().stream().map(t -> new Object[] {t.id()}).toList();
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            tx.deleteFrom(TRACK).where(TRACK.id.eq(param(TRACK.id))).prepare().executeBatch(keys);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.selectFrom(TRACK).fetch()).hasSize(data.tracks().size());

        assertThat(drop.executeBatch(keys.subList(0, 2))).isEqualTo(2);
        assertThat(db.selectFrom(TRACK).fetch()).hasSize(data.tracks().size() - 2);
    }
}
