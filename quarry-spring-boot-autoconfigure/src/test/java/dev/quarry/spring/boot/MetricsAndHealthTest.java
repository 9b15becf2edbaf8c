package dev.quarry.spring.boot;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.micrometer.QuarryMetrics;
import dev.quarry.spi.ConnectionPoolStats;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/** With Actuator, Quarry's meters reach the application's registry and its health the health endpoint. */
class MetricsAndHealthTest {

    @AllDatabases
    void statementsAreMeteredAndTheHealthIsUpWithItsDetails(TestDb t) {
        t.use(ARTIST);
        SpringDatabases.runner(t).withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                        QuarryMetricsAutoConfiguration.class, HealthContributorAutoConfiguration.class,
                        QuarryHealthContributorAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(QuarryMetrics.class);
                    Quarry db = context.getBean(Quarry.class);
                    db.selectFrom(ARTIST).fetch();
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(QuarryMetrics.STATEMENTS).tags("kind", "query", "table", "artist")
                            .timer().count()).isOne();
                    if (t.is(TestTarget.SQLITE)) {
                        assertThat(registry.get(QuarryMetrics.CONNECTIONS_MAX)
                                .tags("pool", ConnectionPoolStats.SQLITE_WRITER).gauge().value()).isEqualTo(1.0);
                    }

                    Health health = context.getBean("quarryHealthContributor", HealthIndicator.class).health();
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("database", db.dialectName())
                            .containsKey("connections");
                    if (t.is(TestTarget.SQLITE)) {
                        assertThat(health.getDetails()).containsKeys("file", "walBytes",
                                ConnectionPoolStats.SQLITE_WRITER, ConnectionPoolStats.SQLITE_READERS);
                        @SuppressWarnings("unchecked")
                        Map<String, Object> writer = (Map<String, Object>) health.getDetails()
                                .get(ConnectionPoolStats.SQLITE_WRITER);
                        assertThat(writer).containsEntry("size", 1).containsKey("meanWaitMillis");
                    }
                    assertThat(health.getDetails().toString()).doesNotContain("password", "jdbc:");
                });
    }
}
