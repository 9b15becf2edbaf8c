package dev.quarry.contract;

import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Track;
import dev.quarry.testing.AllDatabases;
import dev.quarry.spi.ResourceCounts;
import dev.quarry.testing.Leaks;
import dev.quarry.testing.TestDb;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;

/**
 * Streams read rows lazily, hold a cursor until closed, and refuse to be read after closing, theirs or the
 * database's.
 */
class StreamContractTest {
    private static final int ROWS = 3_000;
    private Quarry db;
    private List<Track> tracks;

    @BeforeEach
    void seed(TestDb t) {
        db = t.use(dev.quarry.fixtures.ArtistTable.ARTIST, dev.quarry.fixtures.AlbumTable.ALBUM, TRACK);
        tracks = IntStream.rangeClosed(1, ROWS).mapToObj(i -> new Track(i, null, i, "Track " + i, null, i, null,
                new BigDecimal("0.99"))).toList();
        db.insertInto(TRACK).values(tracks).execute();
    }

    @AllDatabases
    void streamReadsEveryRow() {
        try (Stream<Track> s = db.selectFrom(TRACK).orderBy(TRACK.id.asc()).stream()) {
            assertThat(s.toList()).containsExactlyElementsOf(tracks);
        }
    }

    @AllDatabases
    void streamMapsRowsOnlyAsTheyAreRead() {
        AtomicInteger mapped = new AtomicInteger();
        try (Stream<Track> s = db.selectFrom(TRACK).orderBy(TRACK.id.asc())
                .map(t -> {
                    mapped.incrementAndGet();
                    return t;
                }).stream()) {
            Iterator<Track> it = s.iterator();
            for (int i = 0; i < 5; i++) {
                assertThat(it.next()).isEqualTo(tracks.get(i));
            }
            assertThat(mapped.get()).as("rows mapped after reading 5 of %d", ROWS).isLessThan(ROWS / 10);
        }
    }

    @AllDatabases
    void anOpenStreamHoldsACursorThatClosingReleases() {
        ResourceCounts before = Leaks.now();
        try (Stream<Track> s = db.selectFrom(TRACK).stream()) {
            assertThat(s.iterator().next()).isNotNull();
            assertThat(Leaks.now().resultSets()).isGreaterThan(before.resultSets());
        }
        assertThat(Leaks.now()).isEqualTo(before);
    }

    @AllDatabases
    void aStreamAbandonedByAShortCircuitIsReleasedByClose() {
        ResourceCounts before = Leaks.now();
        try (Stream<Track> s = db.selectFrom(TRACK).orderBy(TRACK.id.asc()).stream()) {
            assertThat(s.filter(t -> t.id() == 10).findFirst()).contains(tracks.get(9));
        }
        assertThat(Leaks.now()).isEqualTo(before);
    }

    @AllDatabases
    void readingAStreamAfterClosingItIsMisuse() {
        Stream<Track> s = db.selectFrom(TRACK).orderBy(TRACK.id.asc()).stream();
        Iterator<Track> it = s.iterator();
        assertThat(it.next()).isEqualTo(tracks.get(0));
        s.close();
        assertThatThrownBy(() -> {
            it.hasNext();
            it.next();
        }).isInstanceOf(MisuseException.class);
    }

    @AllDatabases
    void readingAStreamAfterTheDatabaseWasClosedUnderItIsMisuse(TestDb t) {
        Quarry own = t.open(QuarrySettings.builder().closeTimeout(Duration.ofMillis(100)).build());
        try (Stream<Track> s = own.selectFrom(TRACK).orderBy(TRACK.id.asc()).stream()) {
            Iterator<Track> it = s.iterator();
            for (int i = 0; i < 3; i++) {
                assertThat(it.next()).isEqualTo(tracks.get(i));
            }
            own.close(); // waits the close timeout for the open stream, then closes its connection
            assertThatThrownBy(() -> {
                it.hasNext();
                it.next();
            }).isInstanceOf(MisuseException.class).hasMessageContaining("was closed while this work was still running");
        }
    }

    @AllDatabases
    void aStreamReadsOnWhileAnotherThreadsCloseWaitsAndIsMisuseOnceCloseGaveUp(TestDb t) throws Exception {
        Quarry own = t.open(QuarrySettings.builder().closeTimeout(Duration.ofSeconds(1)).build());
        try (Stream<Track> s = own.selectFrom(TRACK).orderBy(TRACK.id.asc()).stream()) {
            Iterator<Track> it = s.iterator();
            assertThat(it.next()).isEqualTo(tracks.get(0));
            CompletableFuture<Void> closing = CompletableFuture.runAsync(own::close);
            awaitClosing(own);
            assertThat(it.next()).as("close waits for running work").isEqualTo(tracks.get(1));
            closing.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(it::next).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("was closed while this work was still running");
        }
    }

    /** Waits until {@code db} refuses new work, which it does from the start of its close. */
    private static void awaitClosing(Quarry db) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try {
                db.executor();
            } catch (MisuseException closing) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("close() did not begin within 10 s");
    }

    @AllDatabases
    void aStreamInsideATransactionSeesTheTransactionsRows() {
        long count = db.transaction(tx -> {
            tx.deleteFrom(TRACK).where(TRACK.id.gt(100L)).execute();
            try (Stream<Track> s = tx.selectFrom(TRACK).stream()) {
                return s.count();
            }
        });
        assertThat(count).isEqualTo(100);
    }

    @AllDatabases
    void theDatabaseStaysUsableWhileAStreamIsOpen() {
        try (Stream<Track> s = db.selectFrom(TRACK).orderBy(TRACK.id.asc()).stream()) {
            Iterator<Track> it = s.iterator();
            it.next();
            assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(2L)).fetchOne()).isEqualTo(tracks.get(1));
            assertThat(it.next()).isEqualTo(tracks.get(1));
        }
    }
}
