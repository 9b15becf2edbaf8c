package dev.quarry.platform;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.OpenTransaction;
import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.TransactionOptions;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.ConnectionPoolStats;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.sqlite.SQLiteDataSource;

/**
 * What a metrics module reads of the connections: SQLite's writer and readers as pools with their waits; a
 * server's HikariCP pool handed over so its own tracker can be attached; nothing of a user's DataSource.
 */
class ConnectionPoolsTest {

    private static ConnectionPoolStats pool(Quarry db, String name) {
        return db.platform().connectionPools().stream().filter(p -> p.pool().equals(name)).findFirst().orElseThrow();
    }

    @OnDatabases(TestTarget.SQLITE)
    void sqlitesWriterAndReadersArePoolsThatCountOnlyTheWaits(TestDb t) throws Exception {
        t.use(ARTIST);
        Quarry db = t.open(QuarrySettings.builder().readers(1).build());
        db.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
        db.selectFrom(ARTIST).fetch();
        assertThat(db.platform().connectionPools()).containsExactly(
                new ConnectionPoolStats(ConnectionPoolStats.SQLITE_WRITER, 1, 0, 0, 0, 0),
                new ConnectionPoolStats(ConnectionPoolStats.SQLITE_READERS, 1, 0, 0, 0, 0));

        OpenTransaction tx = db.beginTransaction(TransactionOptions.DEFAULT);  // holds the writer
        CompletableFuture<Void> writer = CompletableFuture.runAsync(
                () -> db.insertInto(ARTIST).values(new Artist(0, "b", null)).execute());
        while (pool(db, ConnectionPoolStats.SQLITE_WRITER).pending() == 0) {
            Thread.onSpinWait();
        }
        assertThat(pool(db, ConnectionPoolStats.SQLITE_WRITER).active()).isOne();
        tx.commit();
        writer.get();
        ConnectionPoolStats w = pool(db, ConnectionPoolStats.SQLITE_WRITER);
        assertThat(w.waits()).isOne();
        assertThat(w.waitNanos()).isPositive();
        assertThat(w.pending()).isZero();

        try (Stream<Artist> open = db.selectFrom(ARTIST).stream()) {              // holds the one reader
            assertThat(pool(db, ConnectionPoolStats.SQLITE_READERS).idle()).isZero();
            CompletableFuture<List<Artist>> reader = CompletableFuture.supplyAsync(() -> db.selectFrom(ARTIST).fetch());
            while (pool(db, ConnectionPoolStats.SQLITE_READERS).pending() == 0) {
                Thread.onSpinWait();
            }
            open.close();
            assertThat(reader.get()).hasSize(2);
        }
        assertThat(pool(db, ConnectionPoolStats.SQLITE_READERS).waits()).isOne();
    }

    @AllDatabases
    void aServerPoolIsHandedOverAsHikariAndSqlitesEngineIsNot(TestDb t) {
        Quarry db = t.db();
        assertThat(db.platform().connectionPool(String.class)).isEmpty();
        if (t.is(TestTarget.SQLITE)) {
            assertThat(db.platform().connectionPool(HikariDataSource.class)).isEmpty();
        } else {
            assertThat(db.platform().connectionPool(HikariDataSource.class)).isPresent().get()
                    .satisfies(h -> assertThat(h.isRunning()).isTrue());
            assertThat(db.platform().connectionPools()).isEmpty();
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void aUsersDataSourceHasNoPoolOfQuarrys(TestDb t) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(t.url());
        try (Quarry db = Quarry.open(ds, QuarrySettings.DEFAULTS)) {
            assertThat(db.platform().connectionPools()).isEmpty();
            assertThat(db.platform().connectionPool(Object.class)).isEmpty();
        }
    }
}
