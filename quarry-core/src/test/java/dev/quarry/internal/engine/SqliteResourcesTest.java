package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.QuarrySettings;
import dev.quarry.error.MisuseException;
import dev.quarry.query.Prepared;
import dev.quarry.query.RawQuery;
import dev.quarry.schema.DataType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams, the statement cache, hooks, large inserts and closing. */
class SqliteResourcesTest {
    @TempDir
    Path dir;

    private static void fill(QuarryHandle db, int n) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            items.add(new Item(i, "n" + i));
        }
        db.insertInto(ITEM).values(items).execute();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStreamHoldsItsConnectionUntilClosedAndRefusesReadsAfter() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            fill(db, 10);
            Stream<String> names = db.sql("SELECT name FROM item ORDER BY id").stream(r -> r.get(0, DataType.STRING));
            Iterator<String> it = names.iterator();
            assertThat(it.next()).isEqualTo("n1");
            assertThat(db.platform().resources().connections()).isOne();
            assertThat(db.platform().resources().resultSets()).isOne();
            names.close();
            assertThat(db.platform().resources().connections()).isZero();
            assertThatThrownBy(it::next).isInstanceOf(MisuseException.class).hasMessageContaining("closed");
        }
    }

    @Test
    void aStreamReadToTheEndGivesItsConnectionBackAtOnce() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            fill(db, 5);
            try (Stream<Long> ids = db.sql("SELECT id FROM item").stream(r -> r.getLong(0))) {
                assertThat(ids.mapToLong(Long::longValue).sum()).isEqualTo(15);
                assertThat(db.platform().resources().connections()).isZero();
            }
        }
    }

    @Test
    void aStreamLeftOpenInATransactionIsClosedWhenItEnds() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            fill(db, 3);
            Iterator<Long> it = db.transaction(tx -> {
                Iterator<Long> i = tx.sql("SELECT id FROM item").stream(r -> r.getLong(0)).iterator();
                i.next();
                return i;
            });
            assertThatThrownBy(it::next).isInstanceOf(MisuseException.class);
        }
    }

    @Test
    void fetchStopsReadingAtMaxRows() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            fill(db, 10);
            AtomicInteger mapped = new AtomicInteger();
            db.executor().fetch(new RawQuery("SELECT id FROM item", List.of()), r -> mapped.incrementAndGet(), 2);
            assertThat(mapped).hasValue(2);
        }
    }

    @Test
    void aPreparedQueryReusesOneCachedStatementPerConnection() {
        QuarrySettings one = QuarrySettings.builder().readers(1).build();
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), one)) {
            db.schema().create(ITEM);
            fill(db, 20);
            SqliteEngine engine = (SqliteEngine) db.source();
            int before = engine.cachedStatements();
            Prepared<String> third = db.executor().prepare(
                    new RawQuery("SELECT name FROM item WHERE id = 3", List.of()), r -> r.get(0, DataType.STRING));
            for (int i = 0; i < 50; i++) {
                assertThat(third.fetchOne()).isEqualTo("n3");
                db.sql("SELECT name FROM item WHERE id = ?", (long) (i % 20 + 1)).fetch(r -> r.getLong(0));
            }
            assertThat(engine.cachedStatements() - before).as("one statement per SQL text").isEqualTo(2);
            assertThat(db.platform().resources().statements()).isZero();
        }
    }

    @Test
    void sequentialReadsKeepUsingTheSameReader() {
        // last in, first out: one thread's reads stay on one warm reader instead of going round all four
        QuarrySettings four = QuarrySettings.builder().readers(4).build();
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), four)) {
            db.schema().create(ITEM);
            fill(db, 20);
            SqliteEngine engine = (SqliteEngine) db.source();
            int before = engine.cachedStatements();
            for (int i = 0; i < 40; i++) {
                db.sql("SELECT name FROM item WHERE id = ?", (long) (i % 20 + 1)).fetch(r -> r.getString(0));
            }
            assertThat(engine.cachedStatements() - before).as("the statement prepared on one reader only")
                    .isEqualTo(1);
        }
    }

    @Test
    void aCachedStatementDoesNotKeepALargeValueItBound() throws Exception {
        // one reader, so the statement looked at below is the one the queries ran on
        QuarrySettings one = QuarrySettings.builder().readers(1).build();
        String sql = "SELECT length(?)";
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), one)) {
            assertThat(db.sql(sql, "x".repeat(100)).fetch(r -> r.getLong(0)).get(0)).isEqualTo(100L);
            assertThat(lengthBoundOnTheCachedStatement(db, sql)).as("a small value stays: the next run binds anew")
                    .isEqualTo(100L);
            assertThat(db.sql(sql, "x".repeat(LargeValues.LIMIT + 1)).fetch(r -> r.getLong(0)).get(0))
                    .isEqualTo(LargeValues.LIMIT + 1L);
            assertThat(lengthBoundOnTheCachedStatement(db, sql)).as("a large value is let go").isNull();
            byte[] blob = new byte[LargeValues.LIMIT * 4];
            assertThat(db.sql(sql, (Object) blob).fetch(r -> r.getLong(0)).get(0)).isEqualTo(blob.length);
            assertThat(lengthBoundOnTheCachedStatement(db, sql)).isNull();
        }
    }

    /** Runs the cached statement for {@code sql} without binding: what it still holds from its last run. */
    private static Long lengthBoundOnTheCachedStatement(QuarryHandle db, String sql) throws Exception {
        try (Lease lease = ((SqliteEngine) db.source()).acquire(Access.READ)) {
            StatementCache.Handle h = lease.statements.acquire(sql, false);
            try (var rs = h.statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                long n = rs.getLong(1);
                return rs.wasNull() ? null : n;
            } finally {
                lease.statements.release(h);
            }
        }
    }

    @Test
    void theStatementCacheIsBoundedPerConnection() {
        QuarrySettings small = QuarrySettings.builder().readers(1).statementCacheSize(4).build();
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), small)) {
            db.schema().create(ITEM);
            for (int i = 0; i < 20; i++) {
                db.sql("SELECT " + i + " FROM item").fetch(r -> r.getLong(0));
            }
            assertThat(((SqliteEngine) db.source()).cachedStatements()).isLessThanOrEqualTo(8);
        }
    }

    @Test
    void hooksRunOnTheWriterAndEveryReader() {
        AtomicInteger runs = new AtomicInteger();
        QuarrySettings settings = QuarrySettings.builder().readers(3)
                .onConnect(c -> {
                    runs.incrementAndGet();
                    try (var s = c.createStatement()) {
                        s.execute("PRAGMA cache_size = -4321");
                    }
                })
                .build();
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), settings)) {
            assertThat(runs).hasValue(4);
            for (int i = 0; i < 6; i++) {
                long size = db.sql("SELECT cache_size FROM pragma_cache_size").fetch(r -> r.getLong(0)).get(0);
                assertThat(size).isEqualTo(-4321);
            }
            long onWriter = db.transaction(tx -> tx.sql("SELECT cache_size FROM pragma_cache_size")
                    .fetch(r -> r.getLong(0)).get(0));
            assertThat(onWriter).isEqualTo(-4321);
        }
    }

    @Test
    void aLargeInsertIsSplitUnderTheParameterLimitAndABatchCountsItsRows() {
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), QuarrySettings.DEFAULTS, 250)) {
            db.schema().create(ITEM);
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                items.add(new Item(i, "n" + i));
            }
            assertThat(db.insertInto(ITEM).values(items).execute()).isEqualTo(1000);
            List<Item> more = new ArrayList<>();
            for (int i = 1001; i <= 3500; i++) {
                more.add(new Item(i, "b" + i));
            }
            assertThat(db.insertInto(ITEM).batch(more).execute()).isEqualTo(2500);
            assertThat(SqliteFixture.count(db)).isEqualTo(3500);
        }
    }

    @Test
    void aFailingChunkRollsBackTheWholeInsert() {
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), QuarrySettings.DEFAULTS, 250)) {
            db.schema().create(ITEM);
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= 500; i++) {
                items.add(new Item(i == 400 ? 1 : i, "n" + i));
            }
            assertThatThrownBy(() -> db.insertInto(ITEM).values(items).execute())
                    .isInstanceOf(dev.quarry.error.QuarryException.class);
            assertThat(SqliteFixture.count(db)).isZero();
        }
    }

    @Test
    void closeWaitsForRunningWorkThenRefusesUseAndIsIdempotent() throws Exception {
        QuarryHandle db = SqliteFixture.withItems(dir);
        CountDownLatch inBody = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> tx = CompletableFuture.runAsync(() -> db.transactionRun(t -> {
            t.insertInto(ITEM).values(new Item(1, "a")).execute();
            inBody.countDown();
            await(finish);
        }));
        assertThat(inBody.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(db::close);
        while (!db.isClosing()) {
            Thread.onSpinWait();
        }
        assertThatThrownBy(() -> SqliteFixture.count(db)).isInstanceOf(MisuseException.class)
                .hasMessageContaining("is closed");
        assertThat(closing).isNotDone();
        finish.countDown();
        tx.get(10, TimeUnit.SECONDS);
        closing.get(10, TimeUnit.SECONDS);
        db.close();
        assertThatThrownBy(() -> db.transactionRun(t -> { })).isInstanceOf(MisuseException.class);
        try (QuarryHandle reopened = SqliteFixture.open(dir)) {
            assertThat(SqliteFixture.count(reopened)).as("the waited-for transaction committed").isOne();
        }
    }

    @Test
    void closeGivesUpWaitingAfterTheCloseTimeout() throws Exception {
        QuarrySettings quick = QuarrySettings.builder().closeTimeout(Duration.ofMillis(50)).build();
        QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), quick);
        db.schema().create(ITEM);
        CountDownLatch inBody = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> tx = CompletableFuture.runAsync(() -> db.transactionRun(t -> {
            inBody.countDown();
            await(finish);
        }));
        assertThat(inBody.await(10, TimeUnit.SECONDS)).isTrue();
        db.close();
        finish.countDown();
        assertThat(tx).failsWithin(Duration.ofSeconds(10));
    }
}
