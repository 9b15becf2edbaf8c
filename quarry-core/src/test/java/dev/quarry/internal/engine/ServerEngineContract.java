package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.Database;
import dev.quarry.Isolation;
import dev.quarry.QuarrySettings;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import dev.quarry.schema.DataType;
import dev.quarry.testing.Availability;
import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The engine on a server database through HikariCP and through a user's DataSource; one subclass per server. The
 * class works in a test kit scope of its own; an unreachable server skips each test with the reason, or fails it
 * when {@code QUARRY_REQUIRE_ALL_DBS=1}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerEngineContract {
    DatabaseScope scope;
    QuarryHandle db;

    /** The server this class runs on. */
    abstract TestTarget target();

    /** SQL a hook runs to mark its connection, and a select that reads the mark back as text. */
    abstract String markSql();

    abstract String readMarkSql();

    @AfterAll
    void dropSchema() throws Exception {
        if (scope != null) {
            scope.close();
        }
    }

    @BeforeEach
    void open() {
        Availability.require(target());
        if (scope == null) {
            scope = DatabaseScope.create(target());
        }
        db = QuarryHandle.open(scope.url(), QuarrySettings.builder().maxPoolSize(4).build());
        db.schema().dropIfExists(ITEM);
        db.schema().create(ITEM);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    private static void insert(Database on, long id, String name) {
        on.insertInto(ITEM).values(new Item(id, name)).execute();
    }

    private static long count(Database on) {
        return on.sql("SELECT count(*) FROM item").fetch(r -> r.getLong(0)).get(0);
    }

    @Test
    void transactionsCommitRollBackAndNestAsSavepoints() {
        db.transactionRun(tx -> {
            insert(tx, 1, "kept");
            assertThatThrownBy(() -> tx.transactionRun(inner -> {
                insert(inner, 2, "undone");
                throw new IllegalStateException("inner");
            })).hasMessage("inner");
        });
        assertThatThrownBy(() -> db.transactionRun(tx -> {
            insert(tx, 3, "undone too");
            throw new java.io.IOException("checked");
        })).isInstanceOf(java.io.IOException.class);
        assertThat(SqliteFixture.names(db)).containsExactly("kept");
    }

    @Test
    void aReadOnlyTransactionRefusesWrites() {
        db.transactionRun(TransactionOptions.READ_ONLY, tx -> {
            assertThatThrownBy(() -> insert(tx, 1, "x")).isInstanceOf(MisuseException.class);
            assertThatThrownBy(() -> tx.sql("INSERT INTO item (id, name) VALUES (2, 'y')").execute())
                    .isInstanceOf(MisuseException.class).hasMessageContaining("read-only transaction");
        });
        insert(db, 3, "after");
        assertThat(count(db)).isOne();
    }

    @Test
    void repeatableReadKeepsItsSnapshotAndReadCommittedSeesNewCommits() throws Exception {
        insert(db, 1, "a");
        assertThat(readTwiceAroundACommit(Isolation.REPEATABLE_READ, 2)).containsExactly(1L, 1L);
        assertThat(readTwiceAroundACommit(Isolation.READ_COMMITTED, 3)).containsExactly(2L, 3L);
    }

    private List<Long> readTwiceAroundACommit(Isolation level, long id) throws Exception {
        return db.transaction(TransactionOptions.DEFAULT.withIsolation(level), tx -> {
            List<Long> counts = new ArrayList<>();
            counts.add(count(tx));
            CompletableFuture.runAsync(() -> insert(db, id, "other")).get(10, TimeUnit.SECONDS);
            counts.add(count(tx));
            return counts;
        });
    }

    @Test
    void aPooledConnectionKeepsItsPreparedStatementsAcrossLoansUnlessTheCacheIsOff() {
        PooledSource pool = (PooledSource) db.source();
        int before = pool.cachedStatements();
        for (int i = 0; i < 3; i++) {
            assertThat(count(db)).isZero(); // each call borrows and returns a connection
        }
        assertThat(pool.cachedStatements()).isEqualTo(before + 1);
        try (QuarryHandle uncached = QuarryHandle.open(scope.url(), QuarrySettings.builder().maxPoolSize(1)
                .statementCacheSize(0).build())) {
            assertThat(count(uncached)).isZero();
            assertThat(((PooledSource) uncached.source()).cachedStatements()).isZero();
        }
    }

    @Test
    void largeInsertsAreChunkedAndBatchesCountTheirRows() {
        try (QuarryHandle limited = QuarryHandle.open(scope.url(), QuarrySettings.DEFAULTS,
                LimitedDialect.resolver(250))) {
            List<Item> items = new ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                items.add(new Item(i, "n" + i));
            }
            assertThat(limited.insertInto(ITEM).values(items).execute()).isEqualTo(1000);
            List<Item> more = new ArrayList<>();
            for (int i = 1001; i <= 3500; i++) {
                more.add(new Item(i, "b" + i));
            }
            assertThat(limited.insertInto(ITEM).batch(more).execute()).isEqualTo(2500);
            assertThat(count(limited)).isEqualTo(3500);
        }
    }

    @Test
    void aStreamHoldsOneConnectionUntilClosed() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            items.add(new Item(i, "n" + i));
        }
        db.insertInto(ITEM).values(items).execute();
        Stream<Long> ids = db.sql("SELECT id FROM item ORDER BY id").stream(r -> r.getLong(0));
        Iterator<Long> it = ids.iterator();
        assertThat(it.next()).isEqualTo(1L);
        assertThat(db.platform().resources().connections()).isOne();
        long rest = 0;
        for (int i = 0; i < 300; i++) {
            rest += it.next();
        }
        assertThat(rest).isPositive();
        ids.close();
        assertThat(db.platform().resources().connections()).isZero();
        assertThatThrownBy(it::next).isInstanceOf(MisuseException.class);
        assertThat(count(db)).isEqualTo(600);
    }

    @Test
    void hooksRunOncePerPooledConnectionBeforeItsFirstUse() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        QuarrySettings settings = QuarrySettings.builder().maxPoolSize(2).onConnect(c -> {
            runs.incrementAndGet();
            try (var s = c.createStatement()) {
                s.execute(markSql());
            }
        }).build();
        try (QuarryHandle hooked = QuarryHandle.open(scope.url(), settings)) {
            List<CompletableFuture<String>> marks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                marks.add(CompletableFuture.supplyAsync(() ->
                        hooked.sql(readMarkSql()).fetch(r -> r.get(0, DataType.STRING)).get(0)));
            }
            for (CompletableFuture<String> m : marks) {
                assertThat(m.get(10, TimeUnit.SECONDS)).isEqualTo("quarry_hook");
            }
            assertThat(runs.get()).isBetween(1, 2);
        }
    }

    @Test
    void aFailingHookFailsOpenWithItsMessage() {
        QuarrySettings settings = QuarrySettings.builder().onConnect(c -> {
            throw new java.sql.SQLException("no such extension");
        }).build();
        assertThatThrownBy(() -> QuarryHandle.open(scope.url(), settings))
                .hasMessageContaining("no such extension");
    }

    @Test
    void theSqliteExtensionSettingIsRefusedWithWhatToDoInstead() {
        QuarrySettings settings = QuarrySettings.builder().loadExtension(java.nio.file.Path.of("half")).build();
        assertThatThrownBy(() -> QuarryHandle.open(scope.url(), settings))
                .hasMessageContaining("loads no extension per connection");
    }

    @Test
    void aUsersDataSourceIsUsedAsItIsAndNotClosed() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(scope.url());
        config.setMaximumPoolSize(2);
        AtomicInteger runs = new AtomicInteger();
        try (HikariDataSource ds = new HikariDataSource(config)) {
            QuarrySettings settings = QuarrySettings.builder().onConnect(c -> runs.incrementAndGet()).build();
            try (QuarryHandle user = QuarryHandle.open(ds, settings)) {
                for (int i = 1; i <= 10; i++) {
                    insert(user, i, "u" + i);
                }
                user.transactionRun(tx -> insert(tx, 11, "in tx"));
                assertThat(count(user)).isEqualTo(11);
            }
            assertThat(ds.isClosed()).isFalse();
            assertThat(runs.get()).isBetween(1, 2);
            assertThat(count(db)).isEqualTo(11);
        }
    }
}
