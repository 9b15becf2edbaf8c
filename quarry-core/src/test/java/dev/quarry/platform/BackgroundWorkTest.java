package dev.quarry.platform;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.BackgroundTask;
import dev.quarry.spi.DedicatedConnection;
import dev.quarry.spi.ResourceCounts;
import dev.quarry.spi.TaskContext;
import dev.quarry.spi.TaskHandle;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Background tasks and dedicated connections live and die with their database; their failures reach the handler. */
class BackgroundWorkTest {
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private Quarry open(TestDb t) {
        t.use(ARTIST);
        return t.open(QuarrySettings.builder().closeTimeout(Duration.ofSeconds(5))
                .onCallbackError((source, e) -> failures.add(source + ": " + e.getMessage())).build());
    }

    /** Counts its rounds, reading the table through the database each round, until stopped. */
    static final class CountingPoller implements BackgroundTask {
        final Quarry db;
        final AtomicInteger rounds = new AtomicInteger();
        final CountDownLatch twice = new CountDownLatch(2);

        CountingPoller(Quarry db) {
            this.db = db;
        }

        @Override
        public void run(TaskContext context) {
            while (context.await(Duration.ofMillis(5))) {
                db.selectFrom(ARTIST).fetch();
                rounds.incrementAndGet();
                twice.countDown();
            }
        }
    }

    @AllDatabases
    void aTaskRunsUntilTheDatabaseClosesAndCloseWaitsForIt(TestDb t) throws Exception {
        Quarry db = open(t);
        CountingPoller poller = new CountingPoller(db);
        TaskHandle task = db.platform().startTask("counting-poller", poller);
        assertThat(poller.twice.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(task.isRunning()).isTrue();
        assertThat(db.platform().resources().backgroundTasks()).isEqualTo(1);
        db.close();
        assertThat(task.isRunning()).isFalse();
        assertThat(db.platform().resources()).isEqualTo(ResourceCounts.NONE);
        assertThatThrownBy(() -> db.platform().startTask("late", c -> { }))
                .isInstanceOf(MisuseException.class).hasMessageContaining("closed");
        assertThat(failures).isEmpty();
    }

    @AllDatabases
    void aTaskIsWokenEarlyAndStopsWhenAsked(TestDb t) throws Exception {
        Quarry db = open(t);
        CountDownLatch woken = new CountDownLatch(1);
        TaskHandle task = db.platform().startTask("sleeper", c -> {
            while (c.await(Duration.ofHours(1))) {
                woken.countDown();
            }
        });
        task.wake();
        assertThat(woken.await(10, TimeUnit.SECONDS)).as("a wake cuts an hour's wait short").isTrue();
        assertThat(task.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(db.platform().resources().backgroundTasks()).isZero();
    }

    @AllDatabases
    void aFailingTaskEndsAndItsFailureGoesToTheHandler(TestDb t) throws Exception {
        Quarry db = open(t);
        TaskHandle task = db.platform().startTask("doomed", c -> {
            throw new IllegalStateException("task broke");
        });
        assertThat(task.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).contains("background task 'doomed'", "task broke");
    }

    @AllDatabases
    void aDedicatedConnectionReadsOutsideThePoolAndIsClosedByClose(TestDb t) throws Exception {
        Quarry db = open(t);
        db.insertInto(ARTIST).values(new Artist(0, "seen", "IS")).execute();
        DedicatedConnection c = db.platform().openDedicatedConnection("probe");
        assertThat(db.platform().resources().dedicatedConnections()).isEqualTo(1);
        assertThat(db.platform().resources().connections()).as("outside the pool's accounting").isZero();
        try (Statement s = c.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + db.quote("artist"))) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        db.close();
        assertThat(c.connection().isClosed()).isTrue();
        assertThat(db.platform().resources()).isEqualTo(ResourceCounts.NONE);
        c.close(); // idempotent after close
    }
}
