package dev.quarry.micrometer;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.StatementEvent;
import dev.quarry.error.BusyException;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.ConnectionPoolStats;
import dev.quarry.spi.StatementKind;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Quarry's meters in a plain Micrometer registry, no Spring: statements, failures, connections. */
class QuarryMetricsTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QuarryMetrics metrics = new QuarryMetrics(registry, Tags.of("db", "main"));

    private Quarry open(TestDb t) {
        t.use(ARTIST, ALBUM);
        Quarry db = t.open(QuarrySettings.builder().onStatement(metrics).build());
        metrics.bind(db);
        return db;
    }

    @AllDatabases
    void statementsAreTimedByKindAndTableAndFailuresCountedByTypeWithNoSqlInTags(TestDb t) {
        Quarry db = open(t);
        db.insertInto(ARTIST).values(new Artist(0, "a", null)).execute();
        db.selectFrom(ARTIST).fetch();
        db.selectFrom(ARTIST).fetch();
        db.select(ALBUM.title).from(ALBUM).join(ARTIST).on(ALBUM.artistId.eq(ARTIST.id)).fetch();
        assertThatThrownBy(() -> db.insertInto(ALBUM)
                .values(new Album(0, 999_999, "no such artist", null, BigDecimal.ONE)).execute())
                .isInstanceOf(QuarryException.class);

        assertThat(registry.get(QuarryMetrics.STATEMENTS).tags("db", "main", "kind", "query", "table", "artist",
                "outcome", "success").timer().count()).isEqualTo(2);
        assertThat(registry.get(QuarryMetrics.STATEMENTS).tags("kind", "insert", "table", "artist").timer().count())
                .isOne();
        assertThat(registry.get(QuarryMetrics.STATEMENTS).tags("kind", "query", "table", "album,artist").timer()
                .count()).isOne();
        assertThat(registry.get(QuarryMetrics.FAILURES).tags("kind", "insert", "table", "album",
                "exception", "ForeignKeyViolationException", "retryable", "false").counter().count()).isOne();
        assertThat(registry.getMeters()).flatExtracting(m -> m.getId().getTags())
                .noneMatch(tag -> tag.getValue().contains(" ")); // no SQL text anywhere
    }

    @Test
    void aRetryableFailureIsCountedAsRetryableAndHandWrittenSqlHasAnUnknownTable() {
        metrics.onStatement(new StatementEvent("UPDATE account SET balance = ?", StatementKind.UPDATE, Set.of(),
                Set.of(), false, 1_000_000, -1, 1, new BusyException("locked", null, null)));
        assertThat(registry.get(QuarryMetrics.FAILURES).tags("table", "unknown", "exception", "BusyException",
                "retryable", "true").counter().count()).isOne();
        assertThat(registry.get(QuarryMetrics.STATEMENTS).tags("outcome", "failure").timer().totalTime(
                java.util.concurrent.TimeUnit.MILLISECONDS)).isEqualTo(1.0);
    }

    @AllDatabases
    void connectionsAreMeteredSqlitesPoolsByQuarryAndAServerPoolByHikariCpsOwnTracker(TestDb t) {
        Quarry db = open(t);
        db.selectFrom(ARTIST).fetch();
        if (t.is(TestTarget.SQLITE)) {
            assertThat(registry.get(QuarryMetrics.CONNECTIONS_MAX).tags("pool", ConnectionPoolStats.SQLITE_WRITER)
                    .gauge().value()).isEqualTo(1.0);
            assertThat(registry.get(QuarryMetrics.CONNECTIONS_IDLE).tags("pool", ConnectionPoolStats.SQLITE_READERS)
                    .gauge().value()).isEqualTo(db.platform().connectionPools().get(1).size());
            assertThat(registry.get(QuarryMetrics.CONNECTIONS_WAIT).tags("pool", ConnectionPoolStats.SQLITE_WRITER)
                    .functionTimer().count()).isZero();
            assertThat(registry.find("hikaricp.connections").meters()).isEmpty();
        } else {
            assertThat(registry.get("hikaricp.connections").meters()).isNotEmpty();
            assertThat(registry.get("hikaricp.connections.max").gauge().value()).isEqualTo(10.0);
            assertThat(registry.find(QuarryMetrics.CONNECTIONS_MAX).meters()).isEmpty();
        }
        assertThat(registry.getMeters()).extracting(Meter::getId).isNotEmpty();
    }

    @AllDatabases
    void closingTheDatabaseRemovesEveryMeterItRegistered(TestDb t) {
        t.use(ARTIST);
        try (Quarry db = Quarry.open(t.url(), QuarrySettings.builder().onStatement(metrics).build())) {
            metrics.bind(db);
            db.selectFrom(ARTIST).fetch();
            assertThat(registry.find(QuarryMetrics.STATEMENTS).meters()).isNotEmpty();
            assertThat(registry.find(t.is(TestTarget.SQLITE) ? QuarryMetrics.CONNECTIONS_MAX
                    : "hikaricp.connections.max").meters()).isNotEmpty();
        }
        assertThat(registry.getMeters()).extracting(m -> m.getId().getName()).isEmpty();
    }

    @OnDatabases(TestTarget.SQLITE)
    void theStatementMetersStayWhileAnotherBoundDatabaseIsOpenAndEachKeepsItsOwnPoolMeters(TestDb t) {
        t.use(ARTIST);
        QuarrySettings settings = QuarrySettings.builder().onStatement(metrics).build();
        Quarry first = Quarry.open(t.url(), settings);
        try (Quarry second = Quarry.open(t.url(), settings)) {
            metrics.bind(first);
            metrics.bind(second);
            first.selectFrom(ARTIST).fetch();

            first.close();
            assertThat(registry.find(QuarryMetrics.STATEMENTS).tags("kind", "query").timer())
                    .as("second is still open").isNotNull();
            assertThat(registry.find(QuarryMetrics.CONNECTIONS_MAX).meters())
                    .as("the pool meters first registered went with it; second's had the same tags").isEmpty();

            second.selectFrom(ARTIST).fetch();
            assertThat(registry.get(QuarryMetrics.STATEMENTS).tags("kind", "query").timer().count()).isEqualTo(2);
        } finally {
            first.close();
        }
        assertThat(registry.getMeters()).isEmpty();
    }
}
