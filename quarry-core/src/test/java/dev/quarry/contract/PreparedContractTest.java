package dev.quarry.contract;

import static dev.quarry.fixtures.TrackTable.TRACK;
import static dev.quarry.query.Dsl.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Prepared;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;

/** Queries rendered once and run many times with new placeholder values, from one thread or several. */
class PreparedContractTest {
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(MusicData.TABLES);
        data = MusicData.insert(db);
    }

    @AllDatabases
    void preparedSelectRunsRepeatedlyWithNewValues() {
        Placeholder<String> genre = param(TRACK.genre);
        Prepared<Track> byGenre = db.selectFrom(TRACK).where(TRACK.genre.eq(genre)).prepare();
        for (String g : List.of("Rock", "Ambient", "R&B", "Rock", "none")) {
            assertThat(byGenre.fetch(g)).as(g).containsExactlyInAnyOrderElementsOf(
                    data.tracks(t -> g.equals(t.genre())));
        }
        assertThat(byGenre.placeholders()).containsExactly(genre);
    }

    @AllDatabases
    void placeholdersTakeTheirValuesInTheOrderTheyAppear() {
        Placeholder<Integer> from = param("from", TRACK.milliseconds.type());
        Placeholder<Integer> to = param("to", TRACK.milliseconds.type());
        Placeholder<BigDecimal> price = param(TRACK.unitPrice);
        Prepared<Long> ids = db.select(TRACK.id).from(TRACK)
                .where(TRACK.milliseconds.between(from, to), TRACK.unitPrice.eq(price)).prepare();
        assertThat(ids.placeholders()).containsExactly(from, to, price);
        for (int[] range : new int[][] {{100_000, 250_000}, {250_000, 700_000}}) {
            assertThat(ids.fetch(range[0], range[1], new BigDecimal("0.99"))).containsExactlyInAnyOrderElementsOf(
                    data.tracks(t -> t.milliseconds() >= range[0] && t.milliseconds() <= range[1]
                            && t.unitPrice().compareTo(new BigDecimal("0.99")) == 0).stream().map(Track::id).toList());
        }
    }

    @AllDatabases
    void preparedFetchOneAndFetchOptionalCountTheRows() {
        Prepared<Track> byId = db.selectFrom(TRACK).where(TRACK.id.eq(param(TRACK.id))).prepare();
        for (Track t : data.tracks()) {
            assertThat(byId.fetchOne(t.id())).isEqualTo(t);
        }
        assertThat(byId.fetchOptional(-1L)).isEmpty();
        assertThatThrownBy(() -> byId.fetchOne(-1L)).isInstanceOf(NoRowException.class);
        Prepared<Track> byGenre = db.selectFrom(TRACK).where(TRACK.genre.eq(param(TRACK.genre))).prepare();
        assertThatThrownBy(() -> byGenre.fetchOptional("Rock")).isInstanceOf(TooManyRowsException.class);
    }

    @AllDatabases
    void aPreparedQueryKeepsItsSqlAcrossRuns() {
        Prepared<Track> byId = db.selectFrom(TRACK).where(TRACK.id.eq(param(TRACK.id))).prepare();
        String sql = byId.sql();
        byId.fetch(101L);
        byId.fetch(102L);
        assertThat(byId.sql()).isEqualTo(sql).contains("?");
    }

    @AllDatabases
    void aQueryPreparedInATransactionSeesItsUncommittedRows() {
        Track extra = new Track(500, null, 5, "Uncommitted", "Rock", 1, null, new BigDecimal("0.99"));
        List<Track> seen = db.transaction(tx -> {
            tx.insertInto(TRACK).values(extra).execute();
            return tx.selectFrom(TRACK).where(TRACK.id.eq(param(TRACK.id))).prepare().fetch(500L);
        });
        assertThat(seen).containsExactly(extra);
    }

    @AllDatabases
    void aPreparedQueryRunsFromSeveralThreadsAtOnce() throws Exception {
        Prepared<Track> byId = db.selectFrom(TRACK).where(TRACK.id.eq(param(TRACK.id))).prepare();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Integer> reader = () -> {
                    start.await();
                    int matched = 0;
                    for (int round = 0; round < 25; round++) {
                        for (Track t : data.tracks()) {
                            if (Objects.equals(byId.fetchOne(t.id()), t)) {
                                matched++;
                            }
                        }
                    }
                    return matched;
                };
                results.add(pool.submit(reader));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(25 * data.tracks().size());
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
