package dev.quarry.contract;

import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.sumLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.MusicData;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import org.junit.jupiter.api.BeforeEach;

/** A sum typed like an int column must not wrap around when it outgrows an int. */
class SumOverflowContractTest {
    private Quarry db;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        MusicData.insert(db);
        db.update(TRACK).set(TRACK.milliseconds, Integer.MAX_VALUE - 1).execute();
    }

    @AllDatabases
    void anIntSumThatOutgrowsAnIntIsAnErrorNotAWrappedValue() {
        assertThatThrownBy(() -> db.select(sum(TRACK.milliseconds)).from(TRACK).fetchOne())
                .isInstanceOf(QuarryException.class);
    }

    @AllDatabases
    void sumLongReadsTheSameSumExactly() {
        long tracks = db.selectFrom(TRACK).fetch().size();
        assertThat(db.select(sumLong(TRACK.milliseconds)).from(TRACK).fetchOne())
                .isEqualTo(tracks * (Integer.MAX_VALUE - 1L));
    }
}
