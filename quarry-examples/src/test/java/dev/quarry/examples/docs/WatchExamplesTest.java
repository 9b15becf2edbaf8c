package dev.quarry.examples.docs;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.ChinookRelations.ALBUM_TRACKS;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static dev.quarry.query.Dsl.param;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.examples.chinook.Album;
import dev.quarry.examples.chinook.AlbumWithTracks;
import dev.quarry.examples.chinook.Artist;
import dev.quarry.examples.chinook.ChinookScopes;
import dev.quarry.examples.chinook.LoadReport;
import dev.quarry.query.Prepared;
import dev.quarry.relation.Loader;
import dev.quarry.spi.ResourceCounts;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import dev.quarry.watch.LiveQuery;
import dev.quarry.watch.Watch;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.disposables.Disposable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import kotlin.coroutines.EmptyCoroutineContext;
import kotlinx.coroutines.BuildersKt;
import kotlinx.coroutines.flow.FlowKt;
import kotlinx.coroutines.jdk9.ReactiveFlowKt;
import org.reactivestreams.FlowAdapters;
import reactor.adapter.JdkFlowAdapter;

/**
 * Runs the examples of docs/watch.md, as written there, on every database over the Chinook data, and removes the
 * artist they add. A change to a snippet in the doc belongs here too, and the other way round.
 */
class WatchExamplesTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();

    /** Waits for the next result; a watch emits within milliseconds, 20 s means it never will. */
    private static <T> T next(BlockingQueue<T> results) throws InterruptedException {
        T v = results.poll(20, TimeUnit.SECONDS);
        assertThat(v).as("a result within 20 s").isNotNull();
        return v;
    }

    private static void removeQuarrymen(Quarry db) {
        db.deleteFrom(ARTIST).where(ARTIST.artistId.eq(276L)).execute();
    }

    @AllDatabases
    void theFirstLiveQueryEmitsAtOnceAndAfterTheInsert(TestDb t) throws Exception {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        BlockingQueue<List<Artist>> shown = new LinkedBlockingQueue<>();
        try {
            Watch<List<Artist>> artists = db.watch(db.selectFrom(ARTIST).where(ARTIST.name.like("The %")));
            try (Watch.Listening live = artists.listen(
                    rows -> shown.add(rows),
                    error -> { throw new AssertionError(error); })) {
                assertThat(next(shown)).hasSize(14);
                db.insertInto(ARTIST).values(new Artist(276, "The Quarrymen")).execute();
                assertThat(next(shown)).hasSize(15).extracting(Artist::name).contains("The Quarrymen");
            }
            assertThat(db.platform().resources()).isEqualTo(ResourceCounts.NONE);
        } finally {
            removeQuarrymen(db);
        }
    }

    @AllDatabases
    void aPreparedQueryARelationLoadAndHandWrittenSqlAreWatchedByTheirTables(TestDb t) throws Exception {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        Prepared<Album> byArtist = db.selectFrom(ALBUM).where(ALBUM.artistId.eq(param(ALBUM.artistId))).prepare();
        Watch<List<Album>> acdc = db.watch(LiveQuery.of(byArtist, 1L));
        Watch<List<AlbumWithTracks>> albums = db.watch(LiveQuery.reading(List.of(ALBUM, TRACK),
                d -> Loader.on(d).fetch(d.selectFrom(ALBUM).where(ALBUM.artistId.eq(1L)),
                        ALBUM_TRACKS.children(), AlbumWithTracks::new)));
        Watch<Long> tracks = db.watch(LiveQuery.readingTables(Set.of("Track"),
                d -> d.sql("SELECT count(*) FROM " + db.quote("Track")).fetch(r -> r.getLong(0)).get(0)));

        BlockingQueue<List<Album>> a = new LinkedBlockingQueue<>();
        BlockingQueue<List<AlbumWithTracks>> b = new LinkedBlockingQueue<>();
        BlockingQueue<Long> c = new LinkedBlockingQueue<>();
        try (var x = acdc.listen(a::add, e -> { });
             var y = albums.listen(b::add, e -> { });
             var z = tracks.listen(c::add, e -> { })) {
            assertThat(next(a)).hasSize(2);
            assertThat(next(b)).extracting(w -> w.tracks().size()).containsExactly(10, 8);
            assertThat(next(c)).isEqualTo(3503L);
            String name = db.quote("Name");
            db.sql("UPDATE " + db.quote("Track") + " SET " + name + " = " + name + " WHERE "
                    + db.quote("TrackId") + " = 1").execute();
            // the relation load reads Track: it re-runs, and its unchanged result is not emitted
            assertThat(b.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @AllDatabases
    void reactorRxJavaAndKotlinTakeAWatchAsItIs(TestDb t) throws Exception {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        try {
            BlockingQueue<Integer> reactor = new LinkedBlockingQueue<>();
            BlockingQueue<Integer> rx = new LinkedBlockingQueue<>();
            reactor.core.publisher.Flux<List<Artist>> flux =
                    JdkFlowAdapter.flowPublisherToFlux(db.watch(db.selectFrom(ARTIST)));
            Flowable<List<Artist>> flowable =
                    Flowable.fromPublisher(FlowAdapters.toPublisher(db.watch(db.selectFrom(ARTIST))));
            reactor.core.Disposable r = flux.subscribe(rows -> reactor.add(rows.size()));
            Disposable x = flowable.subscribe(rows -> rx.add(rows.size()));
            assertThat(next(reactor)).isEqualTo(275);
            assertThat(next(rx)).isEqualTo(275);
            db.insertInto(ARTIST).values(new Artist(276, "The Quarrymen")).execute();
            assertThat(next(reactor)).isEqualTo(276);
            assertThat(next(rx)).isEqualTo(276);
            r.dispose();
            x.dispose();

            kotlinx.coroutines.flow.Flow<List<Artist>> flow = ReactiveFlowKt.asFlow(db.watch(db.selectFrom(ARTIST)));
            List<Artist> first = BuildersKt.<List<Artist>>runBlocking(EmptyCoroutineContext.INSTANCE,
                    (scope, continuation) -> FlowKt.first(flow, continuation));
            assertThat(first).hasSize(276);
            waitUntilReleased(db);
        } finally {
            removeQuarrymen(db);
        }
    }

    /** Cancellation from the adapters arrives on their threads: give it a moment, then nothing is held. */
    private static void waitUntilReleased(Quarry db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!db.platform().resources().equals(ResourceCounts.NONE) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(db.platform().resources()).isEqualTo(ResourceCounts.NONE);
    }
}
