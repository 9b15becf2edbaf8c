package dev.quarry.contract;

import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.function;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.MusicData;
import dev.quarry.query.Tuple2;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** {@code Dsl.function} calls a function by name on every database, in the select list and in a filter (names
 * that are not identifiers are rejected when built: {@code ExpressionRenderingTest}). */
class UserFunctionContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void aFunctionKnownByNameIsCalledWithBoundArguments() {
        List<Tuple2<Long, Integer>> rows = db.select(TRACK.id,
                function("abs", DataType.INT, TRACK.milliseconds.times(-1))).from(TRACK).fetch();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .map(t -> new Tuple2<>(t.id(), t.milliseconds())).toList());
    }

    @AllDatabases
    void aFunctionFiltersRows() {
        List<Long> ids = db.select(TRACK.id).from(TRACK)
                .where(function("abs", DataType.INT, TRACK.milliseconds.times(-1)).gt(300_000)).fetch();
        assertThat(ids).isNotEmpty().containsExactlyInAnyOrderElementsOf(data.tracks().stream()
                .filter(t -> t.milliseconds() > 300_000).map(t -> t.id()).toList());
    }
}
