package dev.quarry.spring.boot;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.ConnectionHook;
import dev.quarry.Quarry;
import dev.quarry.StatementListener;
import dev.quarry.error.MisuseException;
import dev.quarry.spi.ConnectionPoolStats;
import dev.quarry.spring.QuarryTransactionManager;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** What the auto-configuration makes of the properties and the application's beans, and when it backs off. */
class QuarryAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(QuarryAutoConfiguration.class));

    @OnDatabases(TestTarget.SQLITE)
    void quarryUrlOpensQuarrysOwnEngineWithThePropertiesAndItsTransactionManager(TestDb t) {
        runner.withPropertyValues("quarry.url=" + t.url(), "quarry.readers=3", "quarry.busy-timeout=2s",
                "quarry.slow-statement-threshold=250ms").run(context -> {
                    assertThat(context).hasSingleBean(Quarry.class).hasSingleBean(QuarryTransactionManager.class);
                    Quarry db = context.getBean(Quarry.class);
                    assertThat(db.platform().connectionPools()).extracting(ConnectionPoolStats::size)
                            .containsExactly(1, 3);
                    assertThat(db.capabilities().embedded()).isTrue();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class Callbacks {
        final AtomicInteger connections = new AtomicInteger();
        final List<String> told = new CopyOnWriteArrayList<>();

        @Bean
        ConnectionHook countConnections() {
            return c -> connections.incrementAndGet();
        }

        @Bean
        @Order(1)
        StatementListener first() {
            return e -> told.add("first " + e.kind());
        }

        @Bean
        @Order(2)
        StatementListener second() {
            return e -> {
                told.add("second " + e.kind());
                throw new IllegalStateException("a failing listener does not stop the others");
            };
        }

        @Bean
        QuarrySettingsCustomizer twoReaders() {
            return settings -> settings.readers(2);
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void hooksListenersAndCustomizersComeFromBeans(TestDb t) {
        t.use(ARTIST);
        runner.withPropertyValues("quarry.url=" + t.url()).withUserConfiguration(Callbacks.class).run(context -> {
            Callbacks callbacks = context.getBean(Callbacks.class);
            Quarry db = context.getBean(Quarry.class);
            assertThat(callbacks.connections).as("the writer and two readers").hasValue(3);
            db.selectFrom(ARTIST).fetch();
            assertThat(callbacks.told).containsExactly("first QUERY", "second QUERY");
        });
    }

    @OnDatabases(TestTarget.SQLITE)
    void theApplicationsOwnTransactionManagerAndQuarryBeanAreKept(TestDb t) {
        runner.withPropertyValues("quarry.url=" + t.url())
                .withBean("transactionManager", PlatformTransactionManager.class, NoTransactions::new)
                .run(context -> assertThat(context).hasSingleBean(Quarry.class)
                        .doesNotHaveBean(QuarryTransactionManager.class));
        try (Quarry own = Quarry.open(t.url())) {
            runner.withPropertyValues("quarry.url=" + t.url()).withBean(Quarry.class, () -> own)
                    .run(context -> assertThat(context.getBean(Quarry.class)).isSameAs(own));
        }
    }

    @Test
    void withoutAUrlOrADataSourceThereIsNoQuarry() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Quarry.class));
    }

    @OnDatabases(TestTarget.SQLITE)
    void theQuarryBeanClosesWithTheContext(TestDb t) {
        Quarry[] kept = new Quarry[1];
        runner.withPropertyValues("quarry.url=" + t.url()).run(context -> kept[0] = context.getBean(Quarry.class));
        assertThatThrownBy(() -> kept[0].selectFrom(ARTIST).fetch()).isInstanceOf(MisuseException.class);
    }

    @Test
    void thePropertiesHaveMetadataForIdes() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-boot-configuration-processor's output").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains("\"name\": \"quarry.url\"", "\"name\": \"quarry.busy-timeout\"",
                "\"type\": \"java.time.Duration\"", "\"name\": \"quarry.readers\"",
                "JDBC URL of a database Quarry opens itself", "\"name\": \"quarry.migrate.enabled\"",
                // the processor's JSON escapes the slash
                "\"name\": \"quarry.migrate.location\"", "\"defaultValue\": \"classpath:db\\/quarry\"");
    }

    /** A transaction manager of the application's own. */
    static final class NoTransactions extends AbstractPlatformTransactionManager {
        private static final long serialVersionUID = 1L;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition d) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
